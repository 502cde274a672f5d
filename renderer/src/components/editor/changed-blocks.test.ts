// Tests for finding the blocks whose decorations must be redrawn.
import { describe, expect, it } from 'vitest';
import { BlockTable } from '../../../../shared/highlights/block-table';
import { changedBlocks } from './changed-blocks';

const table = (...values: (number[] | undefined)[]) =>
  BlockTable.from(values.flatMap((v, block) => (v ? [[block, v] as const] : [])));

describe('changedBlocks', () => {
  const a = [1];
  const b = [2];
  it('finds nothing when every block keeps its arrays', () => {
    expect(
      changedBlocks(
        { highlights: table(a, undefined), suggestions: table() },
        { highlights: table(a, undefined), suggestions: table() },
      ),
    ).toEqual([]);
  });
  it('finds blocks whose highlights or suggestions changed, appeared or went away', () => {
    expect(
      changedBlocks(
        { highlights: table(a, a, undefined, a), suggestions: table(undefined, undefined, undefined, b) },
        { highlights: table(b, a, a, a), suggestions: table() },
      ),
    ).toEqual([0, 2, 3]);
  });
  it('notices a block that is new at the end', () => {
    expect(
      changedBlocks(
        { highlights: table(a), suggestions: table() },
        { highlights: table(a, b), suggestions: table() },
      ),
    ).toEqual([1]);
  });
  it('after a change to one block of a new version names that block only', () => {
    const before = { highlights: table(...Array.from({ length: 3000 }, () => a)), suggestions: table() };
    const after = { ...before, highlights: before.highlights.with([[1234, b]]) };
    expect(changedBlocks(before, after)).toEqual([1234]);
  });
});
