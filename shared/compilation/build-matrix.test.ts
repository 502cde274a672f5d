// The matrix shows each body's stance per proposal, flags conflicts and totals respondents per stance.
import { describe, expect, it } from 'vitest';
import { buildMatrix } from './build-matrix';
import { sampleSnapshot } from './sample-snapshot';

describe('buildMatrix', () => {
  it('lists respondents alphabetically and proposals in codebook order without chapters', () => {
    const m = buildMatrix(sampleSnapshot(), {});
    expect(m.respondents.map((r) => r.respondent)).toEqual([
      'Kalmar kommun',
      'Lerums kommun',
      'Region Blekinge',
    ]);
    expect(m.proposals.map((p) => p.codeId)).toEqual(['4.1.1', '4.4.3', '5.4', 'general']);
  });

  it('puts the stance in each cell and flags a respondent with two stances on one proposal', () => {
    const m = buildMatrix(sampleSnapshot(), {});
    const cell = (who: string, code: string) =>
      m.cells[m.respondents.findIndex((r) => r.respondent === who)]![
        m.proposals.findIndex((p) => p.codeId === code)
      ];
    expect(cell('Kalmar kommun', '4.1.1')).toEqual({
      stances: [{ stanceId: 'supports', count: 1 }],
      excerptCount: 1,
      conflict: false,
    });
    expect(cell('Kalmar kommun', '4.4.3')).toBeNull();
    expect(cell('Lerums kommun', '5.4')!.conflict).toBe(true);
    expect(cell('Lerums kommun', '5.4')!.stances.map((s) => s.stanceId)).toEqual(['supports', 'no_position']);
    expect(cell('Region Blekinge', 'general')).toEqual({ stances: [], excerptCount: 1, conflict: false });
  });

  it('totals respondents per stance per proposal', () => {
    const m = buildMatrix(sampleSnapshot(), {});
    const t = m.totals[0]!;
    expect(t.byStance).toMatchObject({ supports: 2, sceptical: 1, opposes: 0 });
    expect(t.respondents).toBe(3);
    expect(m.totals[2]!.byStance).toMatchObject({ opposes: 2, supports: 1, no_position: 1 });
  });

  it('applies the filter to respondents, proposals, stances and coders', () => {
    const m = buildMatrix(sampleSnapshot(), {
      documentIds: ['lerum', 'kalmar'],
      codeIds: ['5.4'],
      stanceIds: ['supports'],
    });
    expect(m.respondents).toHaveLength(2);
    expect(m.proposals.map((p) => p.codeId)).toEqual(['5.4']);
    expect(m.cells.map((row) => row[0]?.stances.map((s) => s.stanceId) ?? null)).toEqual([
      null,
      ['supports'],
    ]);
    const byCoder = buildMatrix(sampleSnapshot(), { coderIds: ['coder-2'] });
    expect(byCoder.totals[0]!.respondents).toBe(1);
  });
});
