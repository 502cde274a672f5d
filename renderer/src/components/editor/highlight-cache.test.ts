// Tests for the per-block highlight cache: only blocks whose highlights changed get new run arrays.
import { describe, expect, it } from 'vitest';
import type { Annotation, Block } from '../../../../shared/domain/types';
import type { AnnotationLook } from './annotation-looks';
import { blocksOfAnnotations, createHighlightCache, type BlockHighlight } from './highlight-cache';

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

describe('createHighlightCache, step by step', () => {
  const many: Block[] = Array.from({ length: 40 }, (_, i) => ({
    type: 'paragraph',
    start: i * 100,
    end: i * 100 + 99,
  }));
  const plain = (m: Iterable<[number, BlockHighlight[]]>) =>
    [...m]
      .sort((x, y) => x[0] - y[0])
      .map(([block, runs]) => [block, runs.map((r) => ({ ...r, look: { ...r.look } }))]);

  it('after each small change draws what a fresh cache draws, visiting only what changed', () => {
    let x = 7;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    let list = Array.from({ length: 60 }, (_, i) => {
      const start = Math.floor(next() * 3900);
      return annotation(`a${i}`, start, start + 1 + Math.floor(next() * 180));
    });
    let looks = new Map(list.map((a, i) => [a.id, i % 2 ? green : red]));
    let selected: string | null = null;
    const cache = createHighlightCache();
    let before = cache.highlights(
      cache.segments(many, list),
      looks,
      selected,
      blocksOfAnnotations(many, list),
    );
    for (let step = 0; step < 30; step++) {
      const kind = step % 4;
      let touched: Annotation[] = [];
      if (kind === 0) {
        const start = Math.floor(next() * 3900);
        const added = annotation(`n${step}`, start, start + 40);
        list = [...list, added];
        looks = new Map(looks).set(added.id, green);
        touched = [added];
      } else if (kind === 1) {
        touched = [list[step]!];
        list = list.filter((a) => a !== list[step]);
      } else if (kind === 2) {
        selected = list[(step * 7) % list.length]!.id;
      } else {
        const id = list[(step * 3) % list.length]!.id;
        looks = new Map(looks).set(id, looks.get(id) === green ? red : green);
        touched = list.filter((a) => a.id === id);
      }
      const where = blocksOfAnnotations(many, list);
      const after = cache.highlights(cache.segments(many, list), looks, selected, where);
      const fresh = createHighlightCache();
      expect(plain(after)).toEqual(
        plain(fresh.highlights(fresh.segments(many, list), looks, selected, where)),
      );
      // blocks far from every touched annotation (and from the selection) keep their arrays
      const near = new Set(touched.flatMap((a) => where(a.id).concat(blocksOfAnnotations(many, [a])(a.id))));
      for (const [block, runs] of before)
        if (!near.has(block) && after.has(block) && kind !== 2 && !runs.some((r) => r.selected))
          expect(after.get(block)).toBe(runs);
      before = after;
    }
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
