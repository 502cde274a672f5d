// Agreement between coders per proposal and overall, with span overlap and the list of disagreements.
import type { Annotation } from '../domain/types';
import { buildCodingUnits, NOT_TAGGED, type CodingUnit } from './coding-units';
import { cohensKappa, krippendorffAlpha, percentAgreement } from './nominal-measures';
import { addCounts, f1, jaccard, overlapCounts, type OverlapCounts, type Span } from './span-overlap';

export interface PairAgreement {
  coderA: string;
  coderB: string;
  /** Units both coders coded. */
  units: number;
  percentAgreement: number | null;
  kappa: number | null;
  spanJaccard: number | null;
  spanF1: number | null;
}

export interface AgreementStats {
  /** Units (document × proposal) coded by at least two coders. */
  units: number;
  /** Share of those units on which all their coders agree. */
  percentAgreement: number | null;
  /** Cohen's kappa for two coders; the mean over pairs (Light's kappa) for more. */
  kappa: number | null;
  /** Krippendorff's alpha (nominal), any number of coders, missing values allowed. */
  alpha: number | null;
  /** Character overlap of the coders' passages, pooled over documents and pairs. */
  spanJaccard: number | null;
  spanF1: number | null;
  pairs: PairAgreement[];
}

export interface Disagreement {
  documentId: string;
  codeId: string;
  /** Each coder's stances on the proposal in this document ([] = did not tag it). */
  coders: { coderId: string; stances: string[] }[];
}

export interface AgreementReport {
  coderIds: string[];
  overall: AgreementStats;
  byProposal: { codeId: string; stats: AgreementStats }[];
  disagreements: Disagreement[];
}

export interface AgreementInput {
  annotations: readonly Annotation[];
  /** Coders to compare; default: every coder with annotations. */
  coderIds?: readonly string[] | undefined;
  documentIds?: readonly string[] | undefined;
  codeIds?: readonly string[] | undefined;
}

const mean = (xs: (number | null)[]): number | null => {
  const ok = xs.filter((x): x is number => x !== null);
  return ok.length === 0 ? null : ok.reduce((a, b) => a + b, 0) / ok.length;
};

/** Spans per document, proposal and coder. */
type SpanIndex = Map<string, Map<string, Span[]>>;

function spanKey(documentId: string, codeId: string): string {
  return `${documentId}\u0000${codeId}`;
}

function indexSpans(annotations: readonly Annotation[], coders: Set<string>): SpanIndex {
  const index: SpanIndex = new Map();
  for (const a of annotations) {
    if (!coders.has(a.coderId)) continue;
    for (const codeId of new Set(a.tags.map((t) => t.codeId))) {
      const key = spanKey(a.documentId, codeId);
      if (!index.has(key)) index.set(key, new Map());
      const byCoder = index.get(key)!;
      if (!byCoder.has(a.coderId)) byCoder.set(a.coderId, []);
      byCoder.get(a.coderId)!.push([a.start, a.end]);
    }
  }
  return index;
}

function statsFor(
  units: readonly CodingUnit[],
  coderIds: readonly string[],
  spans: SpanIndex,
): AgreementStats {
  const valueLists = units.map((u) => [...u.values.values()]);
  const pairs: PairAgreement[] = [];
  const pooled: OverlapCounts[] = [];
  for (let i = 0; i < coderIds.length; i += 1) {
    for (let j = i + 1; j < coderIds.length; j += 1) {
      const a = coderIds[i]!;
      const b = coderIds[j]!;
      const both = units.filter((u) => u.values.has(a) && u.values.has(b));
      const pairValues = both.map((u) => [u.values.get(a)!, u.values.get(b)!] as const);
      let counts: OverlapCounts = { intersection: 0, union: 0, total: 0 };
      for (const u of both) {
        const byCoder = spans.get(spanKey(u.documentId, u.codeId));
        counts = addCounts(counts, overlapCounts(byCoder?.get(a) ?? [], byCoder?.get(b) ?? []));
      }
      pooled.push(counts);
      pairs.push({
        coderA: a,
        coderB: b,
        units: both.length,
        percentAgreement: percentAgreement(pairValues),
        kappa: cohensKappa(pairValues),
        spanJaccard: jaccard(counts),
        spanF1: f1(counts),
      });
    }
  }
  const total = pooled.reduce(addCounts, { intersection: 0, union: 0, total: 0 });
  return {
    units: valueLists.filter((v) => v.length >= 2).length,
    percentAgreement: percentAgreement(valueLists),
    kappa: pairs.length === 1 ? pairs[0]!.kappa : mean(pairs.map((p) => p.kappa)),
    alpha: krippendorffAlpha(valueLists),
    spanJaccard: jaccard(total),
    spanF1: f1(total),
    pairs,
  };
}

const toStances = (value: string): string[] => (value === NOT_TAGGED ? [] : value.split('+'));

/**
 * Agreement at the level "which stance does document D take on proposal P", per proposal
 * and over all proposals, among the chosen coders. A coder who has no annotation in a
 * document has not coded it (a missing value), not "no stance".
 */
export function computeAgreement(input: AgreementInput): AgreementReport {
  const coderIds = [...(input.coderIds ?? [...new Set(input.annotations.map((a) => a.coderId))].sort())];
  const units = buildCodingUnits(input.annotations, {
    coderIds,
    documentIds: input.documentIds,
    codeIds: input.codeIds,
  });
  const spans = indexSpans(input.annotations, new Set(coderIds));
  const codeIds = [...new Set(units.map((u) => u.codeId))].sort();
  const disagreements: Disagreement[] = units
    .filter((u) => u.values.size >= 2 && new Set(u.values.values()).size > 1)
    .map((u) => ({
      documentId: u.documentId,
      codeId: u.codeId,
      coders: [...u.values].map(([coderId, value]) => ({ coderId, stances: toStances(value) })),
    }));
  return {
    coderIds,
    overall: statsFor(units, coderIds, spans),
    byProposal: codeIds.map((codeId) => ({
      codeId,
      stats: statsFor(
        units.filter((u) => u.codeId === codeId),
        coderIds,
        spans,
      ),
    })),
    disagreements,
  };
}
