// The overview everybody asks for first: respondents × proposals with the stance(s) in each cell.
import type { CodeKind, RespondentType, Stance } from '../domain/types';
import type { CodingSnapshot } from '../domain/project-snapshot';
import type { CompilationFilter } from './compilation-filter';
import { compilationScope } from './tagged-excerpts';

export interface MatrixRespondent {
  documentId: string;
  respondent: string;
  respondentType: RespondentType;
  fileName: string;
}

export interface MatrixProposal {
  codeId: string;
  section: string;
  title: string;
  kind: CodeKind;
  colour: string;
  depth: number;
}

export interface MatrixCellStance {
  stanceId: string;
  /** Number of excerpts (annotation × tag) with this stance. */
  count: number;
}

export interface MatrixCell {
  /** Distinct stances in stance order; excerpts without a stance are not listed here. */
  stances: MatrixCellStance[];
  /** All excerpts of the respondent on the proposal, with or without a stance. */
  excerptCount: number;
  /** True when the respondent took more than one distinct stance on the proposal. */
  conflict: boolean;
}

export interface MatrixTotals {
  /** Respondents per stance id (a respondent with conflicting stances counts under each). */
  byStance: Record<string, number>;
  /** Respondents with at least one excerpt on the proposal. */
  respondents: number;
}

export interface Matrix {
  respondents: MatrixRespondent[];
  proposals: MatrixProposal[];
  stances: Stance[];
  /** `cells[respondentIndex][proposalIndex]`, null where the respondent has no excerpt. */
  cells: (MatrixCell | null)[][];
  /** `totals[proposalIndex]`. */
  totals: MatrixTotals[];
}

/**
 * One pass over the annotations into a flat counter array (respondent × proposal × stance slot,
 * the last slot counting excerpts without a stance), then cells and totals from the counters.
 */
export function buildMatrix(snapshot: CodingSnapshot, filter: CompilationFilter): Matrix {
  const { documents, proposals, stances, documentIndex, proposalIndex, test } = compilationScope(
    snapshot,
    filter,
  );
  const stanceSlot = new Map(stances.map((s, i) => [s.id, i]));
  const slots = stances.length + 1;
  const counts = new Int32Array(documents.length * proposals.length * slots);

  for (const annotation of snapshot.annotations) {
    const di = documentIndex.get(annotation.documentId);
    if (di === undefined || !test.coder(annotation.coderId)) continue;
    for (const tag of annotation.tags) {
      const pi = proposalIndex.get(tag.codeId);
      if (pi === undefined) continue;
      const slot = tag.stanceId === null ? stances.length : stanceSlot.get(tag.stanceId);
      if (slot === undefined || !test.stance(tag.stanceId)) continue;
      counts[(di * proposals.length + pi) * slots + slot]! += 1;
    }
  }

  const totals: MatrixTotals[] = proposals.map(() => ({
    byStance: Object.fromEntries(stances.map((s) => [s.id, 0])),
    respondents: 0,
  }));
  const cells = documents.map((_, di) =>
    proposals.map((_p, pi): MatrixCell | null => {
      const base = (di * proposals.length + pi) * slots;
      let excerptCount = 0;
      const cellStances: MatrixCellStance[] = [];
      for (let k = 0; k < slots; k++) {
        const n = counts[base + k]!;
        if (n === 0) continue;
        excerptCount += n;
        if (k < stances.length) cellStances.push({ stanceId: stances[k]!.id, count: n });
      }
      if (excerptCount === 0) return null;
      const total = totals[pi]!;
      total.respondents += 1;
      for (const s of cellStances) total.byStance[s.stanceId]! += 1;
      return { stances: cellStances, excerptCount, conflict: cellStances.length > 1 };
    }),
  );

  return {
    respondents: documents.map((d) => ({
      documentId: d.id,
      respondent: d.respondent,
      respondentType: d.respondentType,
      fileName: d.fileName,
    })),
    proposals: proposals.map(({ entry, depth }) => ({
      codeId: entry.id,
      section: entry.section,
      title: entry.title,
      kind: entry.kind,
      colour: entry.colour,
      depth,
    })),
    stances,
    cells,
    totals,
  };
}
