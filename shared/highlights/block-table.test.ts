import { describe, expect, it } from 'vitest';
import { BlockTable } from './block-table';

describe('BlockTable', () => {
  it('reads back what was set, in block order, and counts the blocks with a value', () => {
    const table = BlockTable.from<string>([
      [130, 'c'],
      [2, 'a'],
      [64, 'b'],
    ]);
    expect(table.get(2)).toBe('a');
    expect(table.get(64)).toBe('b');
    expect(table.get(3)).toBeUndefined();
    expect(table.has(130)).toBe(true);
    expect(table.get(100000)).toBeUndefined();
    expect([...table]).toEqual([
      [2, 'a'],
      [64, 'b'],
      [130, 'c'],
    ]);
    expect(table.size).toBe(3);
  });

  it('leaves the old version as it was when a new one sets or removes blocks', () => {
    const before = BlockTable.from<string>([
      [1, 'a'],
      [70, 'b'],
    ]);
    const after = before.with([
      [1, undefined],
      [5, 'e'],
      [70, 'B'],
    ]);
    expect([...before]).toEqual([
      [1, 'a'],
      [70, 'b'],
    ]);
    expect([...after]).toEqual([
      [5, 'e'],
      [70, 'B'],
    ]);
    expect(after.size).toBe(2);
    expect(after.with([[9, undefined]]).size).toBe(2);
  });

  it('names exactly the blocks whose values differ by identity between two versions', () => {
    const list = ['x'];
    const base = BlockTable.from<string[]>(
      Array.from({ length: 500 }, (_, b) => [b * 3, b === 10 ? list : [String(b)]] as const),
    );
    const next = base.with([
      [30, list], // the same array: not a change
      [31, ['new']],
      [900, undefined],
      [1600, ['far']],
    ]);
    expect(next.changedSince(base)).toEqual([31, 900, 1600]);
    expect(base.changedSince(next)).toEqual([31, 900, 1600]);
    expect(next.changedSince(next)).toEqual([]);
    expect(BlockTable.empty<string[]>().changedSince(BlockTable.from([[7, list]]))).toEqual([7]);
  });

  it('refuses an index that is not a block', () => {
    expect(() => BlockTable.empty<number>().with([[-1, 1]])).toThrow(RangeError);
    expect(() => BlockTable.empty<number>().with([[1.5, 1]])).toThrow(RangeError);
  });
});
