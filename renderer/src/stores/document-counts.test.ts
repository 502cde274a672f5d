import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/domain/types';
import { withAnnotationCounts, withSummary } from './document-counts';

const doc = (id: string, annotationCount: number) => ({ id, annotationCount }) as DocumentSummary;

describe('withAnnotationCounts', () => {
  it('changes only the documents whose count differs', () => {
    const a = doc('a', 3);
    const b = doc('b', 7);
    const next = withAnnotationCounts([a, b], new Map([['b', 8]]));
    expect(next.map((d) => d.annotationCount)).toEqual([3, 8]);
    expect(next[0]).toBe(a);
    expect(b.annotationCount).toBe(7);
  });

  it('keeps the very same list when no count changed', () => {
    const list = [doc('a', 3)];
    expect(
      withAnnotationCounts(
        list,
        new Map([
          ['a', 3],
          ['gone', 1],
        ]),
      ),
    ).toBe(list);
  });
});

describe('withSummary', () => {
  it('puts the new summary in place of the old one', () => {
    const list = [doc('a', 1), doc('b', 2)];
    const next = withSummary(list, doc('b', 5));
    expect(next.map((d) => d.annotationCount)).toEqual([1, 5]);
    expect(list[1]!.annotationCount).toBe(2);
  });

  it('ignores a document that is not listed', () => {
    const list = [doc('a', 1)];
    expect(withSummary(list, doc('x', 5))).toBe(list);
  });
});
