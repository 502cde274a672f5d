// Tests that unchanged blocks keep their segment lists and changed blocks get new ones.
import { describe, expect, it } from 'vitest';
import { reuseUnchangedSegments } from './reuse-segments';
import { splitSegments } from './split-segments';

const blocks = [
  { start: 0, end: 10 },
  { start: 11, end: 30 },
  { start: 31, end: 50 },
];

describe('reuseUnchangedSegments', () => {
  it('returns next unchanged without a previous map', () => {
    const next = splitSegments(blocks, [{ id: 'a', start: 1, end: 5 }]);
    expect(reuseUnchangedSegments(null, next)).toBe(next);
  });

  it('reuses the lists of blocks an added span does not touch', () => {
    const spans = [
      { id: 'a', start: 1, end: 5 },
      { id: 'b', start: 12, end: 20 },
    ];
    const before = splitSegments(blocks, spans);
    const after = reuseUnchangedSegments(
      before,
      splitSegments(blocks, [...spans, { id: 'c', start: 15, end: 40 }]),
    );
    expect(after.get(0)).toBe(before.get(0));
    expect(after.get(1)).not.toBe(before.get(1));
    expect(after.get(1)).toEqual([
      { from: 1, to: 4, ids: ['b'] },
      { from: 4, to: 9, ids: ['c', 'b'] },
      { from: 9, to: 19, ids: ['c'] },
    ]);
    expect(after.get(2)).toEqual([{ from: 0, to: 9, ids: ['c'] }]);
  });

  it('treats a changed id list as a change', () => {
    const before = splitSegments(blocks, [{ id: 'a', start: 1, end: 5 }]);
    const after = reuseUnchangedSegments(before, splitSegments(blocks, [{ id: 'z', start: 1, end: 5 }]));
    expect(after.get(0)).not.toBe(before.get(0));
  });
});
