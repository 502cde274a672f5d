// Tests that a re-read list keeps unchanged items (and itself, when nothing changed).
import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './keep-unchanged';

describe('keepUnchanged', () => {
  const a = { id: 'a', count: 1 };
  const b = { id: 'b', count: 2 };

  it('keeps the items that are equal and takes the changed ones', () => {
    const next = keepUnchanged(
      [a, b],
      [
        { id: 'a', count: 1 },
        { id: 'b', count: 3 },
      ],
    );
    expect(next[0]).toBe(a);
    expect(next[1]).toEqual({ id: 'b', count: 3 });
  });

  it('returns the old list when nothing changed, and a new one when the order did', () => {
    const list = [a, b];
    expect(keepUnchanged(list, [{ ...a }, { ...b }])).toBe(list);
    const swapped = keepUnchanged(list, [{ ...b }, { ...a }]);
    expect(swapped).not.toBe(list);
    expect(swapped[0]).toBe(b);
  });
});
