// Tests that incremental segment updates equal a full split and keep untouched blocks' arrays.
import { describe, expect, it } from 'vitest';
import { createIncrementalSegments } from './incremental-segments';
import { splitSegments, type Span } from './split-segments';

const blocks = Array.from({ length: 50 }, (_, i) => ({ start: i * 100, end: i * 100 + 99 }));

function randomSpans(count: number, seed: number): Span[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(next() * 4900);
    return { id: `s${seed}-${i}`, start, end: start + 1 + Math.floor(next() * 250) };
  });
}

const sorted = (m: Iterable<[number, unknown]>) => [...m].sort((a, b) => a[0] - b[0]);

describe('createIncrementalSegments', () => {
  it('equals splitSegments through additions, removals and replacements', () => {
    const update = createIncrementalSegments(blocks);
    let spans = randomSpans(200, 1);
    expect(sorted(update(spans))).toEqual(sorted(splitSegments(blocks, spans)));
    const extra = randomSpans(30, 2);
    for (let i = 0; i < extra.length; i++) {
      spans = [...spans.slice(1), extra[i]!];
      if (i % 3 === 0) spans = spans.map((s, j) => (j === 5 ? { ...s, end: s.end + 7 } : s));
      expect(sorted(update(spans))).toEqual(sorted(splitSegments(blocks, spans)));
    }
  });

  it('equals splitSegments when equally long spans are inserted and removed mid-list (ties keep input order)', () => {
    const update = createIncrementalSegments(blocks);
    let spans = randomSpans(150, 7);
    update(spans);
    for (let i = 0; i < 40; i++) {
      const at = (i * 37) % spans.length;
      const twin = { ...spans[(i * 11) % spans.length]!, id: `twin-${i}` }; // same range as another span
      spans = [...spans.slice(0, at), twin, ...spans.slice(at)];
      if (i % 4 === 3) spans = spans.filter((_, j) => j !== (i * 13) % spans.length);
      expect(sorted(update(spans))).toEqual(sorted(splitSegments(blocks, spans)));
    }
  });

  it('keeps the arrays of blocks no changed span touches', () => {
    const update = createIncrementalSegments(blocks);
    const spans = randomSpans(100, 3).filter((s) => s.start >= 1000);
    const before = update(spans);
    const after = update([...spans, { id: 'new', start: 10, end: 20 }]);
    expect(after).not.toBe(before);
    expect(after.get(0)).toEqual([{ from: 10, to: 20, ids: ['new'] }]);
    for (const [b, list] of before) expect(after.get(b)).toBe(list);
  });

  it('drops a block whose last span was removed', () => {
    const update = createIncrementalSegments(blocks);
    const one = { id: 'a', start: 10, end: 20 };
    const many = randomSpans(100, 4).filter((s) => s.start >= 1000);
    expect(update([one, ...many]).has(0)).toBe(true);
    expect(update(many).has(0)).toBe(false);
    expect([...update.lastChanged()!]).toEqual([0]);
  });

  it('names exactly the blocks whose segments its last call changed', () => {
    const update = createIncrementalSegments(blocks);
    let spans = randomSpans(100, 6);
    let before = update(spans);
    expect(update.lastChanged()).toBeNull();
    update(spans);
    expect(update.lastChanged()!.size).toBe(0);
    for (let i = 0; i < 15; i++) {
      spans =
        i % 3 === 2 ? spans.slice(1) : [...spans, { id: `n${i}`, start: i * 300 + 5, end: i * 300 + 90 }];
      const after = update(spans);
      const changed = update.lastChanged()!;
      const blocksOfBoth = new Set([...before, ...after].map(([b]) => b));
      for (const b of blocksOfBoth) expect(changed.has(b)).toBe(before.get(b) !== after.get(b));
      before = after;
    }
  });
});

describe('createIncrementalSegments, full recomputation', () => {
  it('keeps equal blocks equal when most spans are new objects', () => {
    const update = createIncrementalSegments(blocks);
    const spans = randomSpans(100, 5);
    const before = update(spans);
    const after = update(spans.map((s) => ({ ...s })));
    for (const [b, list] of before) expect(after.get(b)).toBe(list);
  });
});
