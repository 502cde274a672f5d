import { describe, expect, it } from 'vitest';
import { f1, jaccard, mergeSpans, overlapCounts } from './span-overlap';

describe('span overlap', () => {
  it('matches the hand computation', () => {
    // A covers [0,10) and [20,30): 20 characters; B covers [5,25): 20 characters
    // A ∩ B = [5,10) + [20,25) = 10; A ∪ B = 20 + 20 − 10 = 30
    // Jaccard = 10/30 = 0.3333; F1 = 2·10 / (20 + 20) = 0.5
    const c = overlapCounts(
      [
        [0, 10],
        [20, 30],
      ],
      [[5, 25]],
    );
    expect(c).toEqual({ intersection: 10, union: 30, total: 40 });
    expect(jaccard(c)).toBeCloseTo(1 / 3, 10);
    expect(f1(c)).toBe(0.5);
  });

  it('counts a character once when a coder tagged overlapping passages', () => {
    expect(
      mergeSpans([
        [5, 10],
        [0, 6],
        [12, 14],
      ]),
    ).toEqual([
      [0, 10],
      [12, 14],
    ]);
    expect(
      overlapCounts(
        [
          [0, 10],
          [0, 10],
        ],
        [[0, 10]],
      ),
    ).toEqual({ intersection: 10, union: 10, total: 20 });
  });

  it('has no value when neither coder marked anything', () => {
    const c = overlapCounts([], []);
    expect(jaccard(c)).toBeNull();
    expect(f1(c)).toBeNull();
  });
});
