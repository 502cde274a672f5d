// Tests that applying changes to a sorted annotation list equals filtering, appending and sorting again.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/types';
import { applySorted } from './apply-sorted';

const at = (id: string, start: number, end: number) => ({ id, start, end }) as Annotation;
const ids = (list: readonly Annotation[]) => list.map((a) => a.id);

describe('applySorted', () => {
  const list = [at('a', 0, 5), at('b', 3, 9), at('c', 3, 12), at('d', 20, 25)];

  it('puts a new annotation in reading order, after any at the same place', () => {
    expect(ids(applySorted(list, new Set(['x']), [at('x', 3, 9)]))).toEqual(['a', 'b', 'x', 'c', 'd']);
    expect(ids(applySorted(list, new Set(['y']), [at('y', 30, 31)]))).toEqual(['a', 'b', 'c', 'd', 'y']);
    expect(ids(applySorted(list, new Set(['z']), [at('z', 0, 1)]))).toEqual(['z', 'a', 'b', 'c', 'd']);
  });

  it('moves a changed annotation to its new place and drops removed ones', () => {
    expect(ids(applySorted(list, new Set(['a']), [at('a', 10, 11)]))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(applySorted(list, new Set(['b', 'd']), []))).toEqual(['a', 'c']);
  });

  it('equals a stable sort for many at once, and returns the list itself when nothing changes', () => {
    const many = Array.from({ length: 100 }, (_, i) => at(`n${i}`, (i * 7) % 30, 40));
    const expected = [...list, ...many].sort((x, y) => x.start - y.start || x.end - y.end);
    expect(ids(applySorted(list, new Set(), many))).toEqual(ids(expected));
    expect(applySorted(list, new Set(['nope']), [])).toBe(list);
  });
});
