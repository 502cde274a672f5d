import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationTag } from '../domain/types';
import { computeAgreement } from './compute-agreement';

let next = 0;
function ann(
  coderId: string,
  documentId: string,
  start: number,
  end: number,
  tags: AnnotationTag[],
): Annotation {
  next += 1;
  return {
    id: `a${next}`,
    documentId,
    start,
    end,
    exact: '',
    prefix: '',
    suffix: '',
    tags,
    comment: '',
    coderId,
    origin: 'manual',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  };
}

describe('computeAgreement', () => {
  // Two coders, three documents, proposals P1 and P2.
  const annotations = [
    ann('anna', 'd1', 0, 10, [{ codeId: 'P1', stanceId: 'supports' }]),
    ann('bo', 'd1', 5, 10, [{ codeId: 'P1', stanceId: 'supports' }]),
    ann('anna', 'd2', 0, 10, [
      { codeId: 'P1', stanceId: 'opposes' },
      { codeId: 'P2', stanceId: 'supports' },
    ]),
    ann('bo', 'd2', 0, 10, [{ codeId: 'P1', stanceId: 'sceptical' }]),
    ann('anna', 'd3', 0, 4, [{ codeId: 'P2', stanceId: 'supports' }]),
    ann('bo', 'd3', 0, 4, [{ codeId: 'P2', stanceId: 'supports' }]),
  ];
  const report = computeAgreement({ annotations });

  it('compares stances per document and proposal, overall and per proposal', () => {
    // Units: d1·P1 (S,S), d2·P1 (O,Sc), d2·P2 (S, not tagged), d3·P2 (S,S): agree 2 of 4
    expect(report.coderIds).toEqual(['anna', 'bo']);
    expect(report.overall.units).toBe(4);
    expect(report.overall.percentAgreement).toBe(0.5);
    // anna: S, O, S, S; bo: S, Sc, –, S → po = 0.5
    // pe = P(S)·P(S) = (3/4)·(2/4) = 0.375 (O, Sc, "not tagged" each occur for one coder only)
    // κ = (0.5 − 0.375) / 0.625 = 0.2
    expect(report.overall.kappa).toBeCloseTo(0.2, 10);
    const p1 = report.byProposal.find((p) => p.codeId === 'P1')!.stats;
    expect(p1.percentAgreement).toBe(0.5);
  });

  it("lists where the coders disagree, with each coder's stances", () => {
    expect(report.disagreements).toEqual([
      {
        documentId: 'd2',
        codeId: 'P1',
        coders: [
          { coderId: 'anna', stances: ['opposes'] },
          { coderId: 'bo', stances: ['sceptical'] },
        ],
      },
      {
        documentId: 'd2',
        codeId: 'P2',
        coders: [
          { coderId: 'anna', stances: ['supports'] },
          { coderId: 'bo', stances: [] },
        ],
      },
    ]);
  });

  it('measures how far the coders marked the same characters', () => {
    // P1: d1 anna [0,10) bo [5,10): ∩ 5, ∪ 10; d2: [0,10) both: ∩ 10, ∪ 10 → Jaccard 15/20
    const p1 = report.byProposal.find((p) => p.codeId === 'P1')!.stats;
    expect(p1.spanJaccard).toBeCloseTo(15 / 20, 10);
    // F1 = 2·15 / (10 + 5 + 10 + 10) = 30/35
    expect(p1.spanF1).toBeCloseTo(30 / 35, 10);
  });

  it('treats a document a coder never opened as missing, not as "no stance"', () => {
    const r = computeAgreement({
      annotations: [...annotations, ann('cilla', 'd1', 0, 10, [{ codeId: 'P1', stanceId: 'supports' }])],
    });
    const p2 = r.byProposal.find((p) => p.codeId === 'P2')!.stats;
    // cilla has no annotation in d2/d3, so P2 units keep only anna and bo
    expect(p2.pairs.find((p) => p.coderB === 'cilla')!.units).toBe(0);
    expect(r.overall.alpha).not.toBeNull();
  });
});
