// Turns annotations into document-level coding units: per document and proposal, each coder's stances.
import type { Annotation } from '../domain/types';

/** Value of a coder who tagged the proposal without a stance. */
export const UNSPECIFIED_STANCE = '(unspecified)';
/** Value of a coder who coded the document but did not tag the proposal. */
export const NOT_TAGGED = '(not tagged)';

/** One unit: "which stance does document D take on proposal P", as each coder saw it. */
export interface CodingUnit {
  documentId: string;
  codeId: string;
  /** Coder id → category (stances joined by "+", or NOT_TAGGED); absent = coder did not code D. */
  values: Map<string, string>;
}

export interface UnitFilter {
  coderIds: readonly string[];
  documentIds?: readonly string[] | undefined;
  codeIds?: readonly string[] | undefined;
}

/**
 * Builds the units that at least one coder tagged. A coder counts as having coded a
 * document when they have any annotation in it; otherwise their value is missing.
 */
export function buildCodingUnits(annotations: readonly Annotation[], filter: UnitFilter): CodingUnit[] {
  const coders = new Set(filter.coderIds);
  const documents = filter.documentIds ? new Set(filter.documentIds) : null;
  const codes = filter.codeIds ? new Set(filter.codeIds) : null;
  const covered = new Map<string, Set<string>>(); // documentId → coders
  const stances = new Map<string, Map<string, Set<string>>>(); // unit key → coder → stances
  const keys = new Map<string, { documentId: string; codeId: string }>();
  for (const a of annotations) {
    if (!coders.has(a.coderId) || (documents && !documents.has(a.documentId))) continue;
    if (!covered.has(a.documentId)) covered.set(a.documentId, new Set());
    covered.get(a.documentId)!.add(a.coderId);
    for (const tag of a.tags) {
      if (codes && !codes.has(tag.codeId)) continue;
      const key = `${a.documentId}\u0000${tag.codeId}`;
      keys.set(key, { documentId: a.documentId, codeId: tag.codeId });
      if (!stances.has(key)) stances.set(key, new Map());
      const byCoder = stances.get(key)!;
      if (!byCoder.has(a.coderId)) byCoder.set(a.coderId, new Set());
      byCoder.get(a.coderId)!.add(tag.stanceId ?? UNSPECIFIED_STANCE);
    }
  }
  const units: CodingUnit[] = [];
  for (const [key, { documentId, codeId }] of keys) {
    const values = new Map<string, string>();
    for (const coder of filter.coderIds) {
      if (!covered.get(documentId)?.has(coder)) continue;
      const set = stances.get(key)?.get(coder);
      values.set(coder, set ? [...set].sort().join('+') : NOT_TAGGED);
    }
    units.push({ documentId, codeId, values });
  }
  return units.sort((a, b) => a.documentId.localeCompare(b.documentId) || a.codeId.localeCompare(b.codeId));
}
