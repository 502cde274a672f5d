import { describe, expect, it } from 'vitest';
import { blockIndexAt } from './block-index';

const blocks = [{ start: 0 }, { start: 10 }, { start: 25 }];

describe('blockIndexAt', () => {
  it('finds the last block starting at or before the offset', () => {
    expect(blockIndexAt(blocks, 0)).toBe(0);
    expect(blockIndexAt(blocks, 9)).toBe(0);
    expect(blockIndexAt(blocks, 10)).toBe(1);
    expect(blockIndexAt(blocks, 1000)).toBe(2);
  });
  it('returns -1 before the first block or without blocks', () => {
    expect(blockIndexAt([{ start: 5 }], 2)).toBe(-1);
    expect(blockIndexAt([], 2)).toBe(-1);
  });
});
