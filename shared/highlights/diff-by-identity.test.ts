// Tests for diffing two lists by identity: one change anywhere is found, a move is not a change.
import { describe, expect, it } from 'vitest';
import { diffByIdentity } from './diff-by-identity';
import type { Span } from './split-segments';

describe('diffByIdentity', () => {
  const s = (id: string) => ({ id, start: 0, end: 1 });
  const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(s) as [Span, Span, Span, Span, Span];

  it('finds one span added, removed or replaced anywhere in the list', () => {
    expect(diffByIdentity([a, b, d], [a, b, c, d])).toEqual({ removed: [], added: [c] });
    expect(diffByIdentity([a, b, c, d], [a, c, d])).toEqual({ removed: [b], added: [] });
    const b2 = s('b');
    expect(diffByIdentity([a, b, c], [a, c, b2])).toEqual({ removed: [b], added: [b2] });
  });

  it('sees a span moved within the list as unchanged', () => {
    expect(diffByIdentity([a, b, c, d, e], [a, d, b, c, e])).toEqual({ removed: [], added: [] });
  });
});
