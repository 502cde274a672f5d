// The matrix as sent to the renderer: each cell packed into a few numbers (~750 kB of objects for
// 30,000 annotations become ~100 kB), unpacked only for the cells on screen.
import type { Matrix, MatrixCell } from './build-matrix';

/** `[excerptCount, stanceIndex, count, stanceIndex, count, …]`, stance indexes into `matrix.stances`. */
export type PackedCell = number[] | null;

export interface PackedMatrix extends Omit<Matrix, 'cells'> {
  /** `cells[respondentIndex][proposalIndex]`, null where the respondent has no excerpt. */
  cells: PackedCell[][];
}

export function packMatrix(matrix: Matrix): PackedMatrix {
  const slot = new Map(matrix.stances.map((s, i) => [s.id, i]));
  return {
    ...matrix,
    cells: matrix.cells.map((row) =>
      row.map((cell) => {
        if (!cell) return null;
        const packed = [cell.excerptCount];
        for (const s of cell.stances) {
          const index = slot.get(s.stanceId);
          if (index === undefined) throw new Error(`Stance ${s.stanceId} is not in the matrix's stances.`);
          packed.push(index, s.count);
        }
        return packed;
      }),
    ),
  };
}

/** True for rows of packed cells: null, or an excerpt count followed by (stance index, count) pairs. */
export function isPackedCells(value: unknown): value is PackedCell[][] {
  if (!Array.isArray(value)) return false;
  for (const row of value) {
    if (!Array.isArray(row)) return false;
    for (const cell of row) {
      if (cell === null) continue;
      if (!Array.isArray(cell) || cell.length % 2 !== 1) return false;
      for (const n of cell) if (!Number.isInteger(n) || n < 0) return false;
    }
  }
  return true;
}

/** The cell as `buildMatrix` made it (a respondent with more than one stance is in conflict). */
export function unpackCell(stances: readonly { id: string }[], packed: PackedCell): MatrixCell | null {
  if (!packed) return null;
  const cellStances: MatrixCell['stances'] = [];
  for (let k = 1; k + 1 < packed.length; k += 2)
    cellStances.push({ stanceId: stances[packed[k]!]!.id, count: packed[k + 1]! });
  return { stances: cellStances, excerptCount: packed[0]!, conflict: cellStances.length > 1 };
}

/** Calls `add` with the stance index of each stance in the cell. */
export function forEachCellStance(packed: PackedCell, add: (stanceIndex: number) => void): void {
  if (!packed) return;
  for (let k = 1; k + 1 < packed.length; k += 2) add(packed[k]!);
}
