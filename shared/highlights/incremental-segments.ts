// Keeps per-block segments up to date when a few spans change: only the blocks those spans touch are split again.
import { reuseUnchangedSegments } from './reuse-segments';
import {
  forEachPiece,
  segmentsOf,
  splitSegments,
  type BlockRange,
  type Segment,
  type Span,
} from './split-segments';

/** Above this share of changed spans, splitting everything again is as cheap. */
const FULL_RECOMPUTE_SHARE = 0.2;

/**
 * Returns an `update(spans)` giving the same result as `splitSegments(blocks, spans)`, where spans are
 * compared by identity with the previous call: blocks no changed span touches keep their segment arrays.
 */
export function createIncrementalSegments(
  blocks: readonly BlockRange[],
): (spans: readonly Span[]) => Map<number, Segment[]> {
  let previous: readonly Span[] | null = null;
  let known = new Set<Span>();
  let result: Map<number, Segment[]> | null = null;

  const full = (spans: readonly Span[]) => {
    // blocks whose segments came out equal keep their arrays, as the incremental path does
    result = reuseUnchangedSegments(result, splitSegments(blocks, spans));
    known = new Set(spans);
    previous = spans;
    return result;
  };

  return (spans) => {
    if (spans === previous && result) return result;
    if (!previous || !result) return full(spans);
    const next = new Set(spans);
    const changed: Span[] = [];
    for (const span of known) if (!next.has(span)) changed.push(span);
    for (const span of spans) if (!known.has(span)) changed.push(span);
    if (changed.length > FULL_RECOMPUTE_SHARE * Math.max(spans.length, 1)) return full(spans);

    const dirty = new Set<number>();
    for (const span of changed) forEachPiece(blocks, span, (b) => dirty.add(b));
    const pieces = new Map<number, Span[]>();
    if (dirty.size) {
      // every span touching a dirty block, in input order (ties in segment order follow it, as in splitSegments)
      for (const span of spans) {
        forEachPiece(blocks, span, (b, piece) => {
          if (!dirty.has(b)) return;
          let list = pieces.get(b);
          if (!list) pieces.set(b, (list = []));
          list.push(piece);
        });
      }
    }
    const updated = new Map(result);
    for (const b of dirty) {
      const list = pieces.get(b);
      if (list?.length) updated.set(b, segmentsOf(list));
      else updated.delete(b);
    }
    result = updated;
    known = next;
    previous = spans;
    return result;
  };
}
