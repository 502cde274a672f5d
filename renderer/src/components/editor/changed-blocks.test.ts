// Tests for finding the blocks whose decorations must be redrawn.
import { describe, expect, it } from 'vitest';
import { changedBlocks } from './changed-blocks';

describe('changedBlocks', () => {
  const a = [1];
  const b = [2];
  it('finds nothing when every block keeps its arrays', () => {
    expect(
      changedBlocks(
        { highlights: [a, undefined], suggestions: [] },
        { highlights: [a, undefined], suggestions: [] },
      ),
    ).toEqual([]);
  });
  it('finds blocks whose highlights or suggestions changed, appeared or went away', () => {
    expect(
      changedBlocks(
        { highlights: [a, a, undefined, a], suggestions: [undefined, undefined, undefined, b] },
        { highlights: [b, a, a, a], suggestions: [undefined, undefined, undefined, undefined] },
      ),
    ).toEqual([0, 2, 3]);
  });
  it('notices a block that is new at the end', () => {
    expect(
      changedBlocks({ highlights: [a], suggestions: [] }, { highlights: [a, b], suggestions: [] }),
    ).toEqual([1]);
  });
});
