// Tests that a packed matrix unpacks to exactly the cells buildMatrix made, and is far smaller on the wire.
import { describe, expect, it } from 'vitest';
import { buildMatrix } from './build-matrix';
import { forEachCellStance, isPackedCells, packMatrix, unpackCell } from './matrix-wire';
import { sampleSnapshot } from './sample-snapshot';

describe('packMatrix / unpackCell', () => {
  it('gives back every cell: stances in order with counts, excerpts, conflicts, and empty cells', () => {
    const matrix = buildMatrix(sampleSnapshot(), {});
    const packed = packMatrix(matrix);
    expect(packed.respondents).toEqual(matrix.respondents);
    expect(packed.totals).toEqual(matrix.totals);
    matrix.cells.forEach((row, ri) =>
      row.forEach((cell, pi) => expect(unpackCell(packed.stances, packed.cells[ri]![pi]!)).toEqual(cell)),
    );
    expect(matrix.cells.flat().some((c) => c?.conflict)).toBe(true);
    expect(matrix.cells.flat().some((c) => c === null)).toBe(true);
  });

  it('lists a cell’s stance indexes, and weighs less as JSON', () => {
    const matrix = buildMatrix(sampleSnapshot(), {});
    const packed = packMatrix(matrix);
    const row = matrix.cells.findIndex((r) => r.some((c) => c?.conflict));
    const col = matrix.cells[row]!.findIndex((c) => c?.conflict);
    const seen: string[] = [];
    forEachCellStance(packed.cells[row]![col]!, (i) => seen.push(packed.stances[i]!.id));
    expect(seen).toEqual(matrix.cells[row]![col]!.stances.map((s) => s.stanceId));
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(matrix).length);
  });
});

describe('isPackedCells', () => {
  it('accepts rows of packed cells and refuses anything else', () => {
    expect(isPackedCells([[null, [3, 0, 2, 1, 1]], []])).toBe(true);
    expect(isPackedCells([[[3, 0]]])).toBe(false); // a stance index without its count
    expect(isPackedCells([[[1.5]]])).toBe(false);
    expect(isPackedCells([[[-1]]])).toBe(false);
    expect(isPackedCells([[{ stances: [] }]])).toBe(false);
    expect(isPackedCells('cells')).toBe(false);
  });
});
