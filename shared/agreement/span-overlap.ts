// Character overlap of two coders' passages: Jaccard (∩/∪) and F1 (2∩/(|A|+|B|)).

export type Span = readonly [start: number, end: number];

/** Sorted, non-overlapping union of spans. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export const spanLength = (spans: readonly Span[]): number => spans.reduce((sum, [s, e]) => sum + e - s, 0);

/** Characters covered by both merged span lists. */
export function intersectionLength(a: readonly Span[], b: readonly Span[]): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const [as, ae] = a[i]!;
    const [bs, be] = b[j]!;
    total += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
    if (ae < be) i += 1;
    else j += 1;
  }
  return total;
}

/** Overlap counts that can be summed over documents before turning them into ratios. */
export interface OverlapCounts {
  intersection: number;
  union: number;
  /** |A| + |B|. */
  total: number;
}

export function overlapCounts(a: readonly Span[], b: readonly Span[]): OverlapCounts {
  const ma = mergeSpans(a);
  const mb = mergeSpans(b);
  const intersection = intersectionLength(ma, mb);
  const total = spanLength(ma) + spanLength(mb);
  return { intersection, union: total - intersection, total };
}

export function addCounts(x: OverlapCounts, y: OverlapCounts): OverlapCounts {
  return {
    intersection: x.intersection + y.intersection,
    union: x.union + y.union,
    total: x.total + y.total,
  };
}

export const jaccard = (c: OverlapCounts): number | null => (c.union === 0 ? null : c.intersection / c.union);
export const f1 = (c: OverlapCounts): number | null =>
  c.total === 0 ? null : (2 * c.intersection) / c.total;
