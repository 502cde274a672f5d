import { describe, expect, it } from 'vitest';
import type { MatrixDto } from '../../../../shared/api/channels/compilation';
import { matrixRows, rowTotals } from './matrix-rows';

const STANCES = ['supports', 'opposes'];
/** A packed cell: excerpt count, then stance index and count per stance. */
const cell = (stanceIds: string[]) => [
  stanceIds.length,
  ...stanceIds.flatMap((id) => [STANCES.indexOf(id), 1]),
];

const matrix = {
  respondents: [
    { documentId: 'a', respondent: 'Örebro kommun', respondentType: 'kommun', fileName: 'a.pdf' },
    { documentId: 'b', respondent: 'Region Blekinge', respondentType: 'region', fileName: 'b.pdf' },
    { documentId: 'c', respondent: 'Kalmar kommun', respondentType: 'kommun', fileName: 'c.pdf' },
  ],
  proposals: [{ codeId: 'p', section: '4.1', title: 'P', kind: 'forslag', colour: '#000000', depth: 0 }],
  stances: STANCES.map((id) => ({ id })),
  cells: [[cell(['supports', 'opposes'])], [cell(['opposes'])], [null]],
  totals: [],
} as unknown as MatrixDto;

describe('matrix rows', () => {
  it('sorts by name the Swedish way (Ö after K and R)', () => {
    expect(matrixRows(matrix, 'name', 'all')).toEqual([2, 1, 0]);
  });
  it('sorts by type, then name, and filters by type', () => {
    expect(matrixRows(matrix, 'type', 'all')).toEqual([2, 0, 1]);
    expect(matrixRows(matrix, 'name', 'region')).toEqual([1]);
  });
  it('totals count respondents of the shown rows, a conflicting one under each stance', () => {
    const [t] = rowTotals(matrix, [0, 1, 2]);
    expect(t!.respondents).toBe(2);
    expect(Object.fromEntries(t!.byStance)).toEqual({ supports: 1, opposes: 2 });
  });
});
