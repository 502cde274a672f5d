// Tests for the per-block highlight cache: only blocks whose highlights changed get new run arrays.
import { describe, expect, it } from 'vitest';
import type { Annotation, Block } from '../../../../shared/domain/types';
import type { AnnotationLook } from './annotation-looks';
import { blocksOfAnnotations, createHighlightCache } from './highlight-cache';

const blocks: Block[] = [
  { type: 'paragraph', start: 0, end: 20 },
  { type: 'paragraph', start: 21, end: 40 },
];
const annotation = (id: string, start: number, end: number): Annotation => ({
  id,
  documentId: 'd',
  start,
  end,
  exact: '',
  prefix: '',
  suffix: '',
  tags: [],
  comment: '',
  coderId: 'k',
  origin: 'manual',
  createdAt: '',
  updatedAt: '',
});
const green: AnnotationLook = { colour: '#2e7d32', pattern: 'solid', title: 'Tillstyrker' };
const red: AnnotationLook = { colour: '#c62828', pattern: 'dotted', title: 'Avstyrker' };

describe('createHighlightCache', () => {
  const a = annotation('a', 2, 8);
  const b = annotation('b', 25, 30);
  const c = annotation('c', 32, 38);
  const where = blocksOfAnnotations(blocks, [a, b, c]);

  it('gives a block new runs when its annotation changes look, and keeps the other block’s', () => {
    const cache = createHighlightCache();
    const segments = cache.segments(blocks, [a, b]);
    const first = cache.highlights(
      segments,
      new Map([
        ['a', green],
        ['b', green],
      ]),
      null,
      where,
    );
    const second = cache.highlights(
      cache.segments(blocks, [a, b]),
      new Map([
        ['a', red],
        ['b', green],
      ]),
      null,
      where,
    );
    expect(second.get(0)).not.toBe(first.get(0));
    expect(second.get(0)![0]!.look.colour).toBe('#c62828');
    expect(second.get(1)).toBe(first.get(1));
  });

  it('redraws the blocks the selection moves onto and off, and no others', () => {
    const cache = createHighlightCache();
    const looks = new Map([
      ['a', green],
      ['b', green],
    ]);
    const none = cache.highlights(cache.segments(blocks, [a, b]), looks, null, where);
    const onB = cache.highlights(cache.segments(blocks, [a, b]), looks, 'b', where);
    expect(onB.get(0)).toBe(none.get(0));
    expect(onB.get(1)![0]!.selected).toBe(true);
    const onA = cache.highlights(cache.segments(blocks, [a, b]), looks, 'a', where);
    expect(onA.get(0)![0]!.selected).toBe(true);
    expect(onA.get(1)![0]!.selected).toBe(false);
    const off = cache.highlights(cache.segments(blocks, [a, b]), looks, null, where);
    expect(off.get(0)![0]!.selected).toBe(false);
    expect(off.get(1)).toBe(onA.get(1));
  });

  it('draws a new annotation in its block only', () => {
    const cache = createHighlightCache();
    const before = cache.highlights(
      cache.segments(blocks, [a, b]),
      new Map([
        ['a', green],
        ['b', green],
      ]),
      null,
      where,
    );
    const after = cache.highlights(
      cache.segments(blocks, [a, b, c]),
      new Map([
        ['a', green],
        ['b', green],
        ['c', red],
      ]),
      null,
      where,
    );
    expect(after.get(0)).toBe(before.get(0));
    expect(after.get(1)).toHaveLength(2);
  });
});

describe('blocksOfAnnotations', () => {
  it('finds every block an annotation overlaps, and none for an unknown id', () => {
    const where = blocksOfAnnotations(blocks, [annotation('x', 15, 25), annotation('y', 21, 22)]);
    expect(where('x')).toEqual([0, 1]);
    expect(where('y')).toEqual([1]);
    expect(where('z')).toEqual([]);
  });
});
