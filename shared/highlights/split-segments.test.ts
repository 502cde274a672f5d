import { describe, expect, it } from 'vitest';
import { splitSegments } from './split-segments';

// Two blocks: "abcdefghij" (0–10) and "klmnopqrst" (11–21), joined by "\n".
const blocks = [
  { start: 0, end: 10 },
  { start: 11, end: 21 },
];

describe('splitSegments', () => {
  it('keeps a single span as one segment in its block', () => {
    const result = splitSegments(blocks, [{ id: 'a', start: 2, end: 5 }]);
    expect(result.get(0)).toEqual([{ from: 2, to: 5, ids: ['a'] }]);
    expect(result.has(1)).toBe(false);
  });

  it('splits overlapping spans into non-overlapping segments, innermost last', () => {
    const result = splitSegments(blocks, [
      { id: 'long', start: 1, end: 8 },
      { id: 'short', start: 3, end: 5 },
    ]);
    expect(result.get(0)).toEqual([
      { from: 1, to: 3, ids: ['long'] },
      { from: 3, to: 5, ids: ['long', 'short'] },
      { from: 5, to: 8, ids: ['long'] },
    ]);
  });

  it('clips a span that crosses a block boundary into both blocks', () => {
    const result = splitSegments(blocks, [{ id: 'x', start: 8, end: 14 }]);
    expect(result.get(0)).toEqual([{ from: 8, to: 10, ids: ['x'] }]);
    expect(result.get(1)).toEqual([{ from: 0, to: 3, ids: ['x'] }]);
  });

  it('leaves gaps between spans undecorated', () => {
    const result = splitSegments(blocks, [
      { id: 'a', start: 0, end: 2 },
      { id: 'b', start: 4, end: 6 },
    ]);
    expect(result.get(0)!.map((s) => [s.from, s.to])).toEqual([
      [0, 2],
      [4, 6],
    ]);
  });
});
