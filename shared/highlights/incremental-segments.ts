// Keeps per-block segments up to date when a few spans change: only the blocks those spans touch are split again.
import { BlockTable } from './block-table';
import { diffByIdentity } from './diff-by-identity';
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

/** A span's piece inside one block, with the span it came from. */
interface Piece {
  span: Span;
  piece: Span;
}

/** `update(spans)`, and which blocks its last call changed. */
export interface IncrementalSegments {
  (spans: readonly Span[]): BlockTable<Segment[]>;
  /**
   * The blocks whose segments the last call changed (added, replaced or removed), compared with the
   * call before it; null when everything was split again (or on the first call).
   */
  lastChanged(): ReadonlySet<number> | null;
}

/**
 * Returns an `update(spans)` giving the same result as `splitSegments(blocks, spans)`, where spans are
 * compared by identity with the previous call: blocks no changed span touches keep their segment arrays.
 */
export function createIncrementalSegments(blocks: readonly BlockRange[]): IncrementalSegments {
  let previous: readonly Span[] | null = null;
  let result: BlockTable<Segment[]> | null = null;
  let changed: ReadonlySet<number> | null = null;
  /** Each block's pieces, in the order of the spans they came from. */
  let pieces = new Map<number, Piece[]>();

  const full = (spans: readonly Span[]) => {
    pieces = new Map();
    for (const span of spans)
      forEachPiece(blocks, span, (b, piece) => {
        let list = pieces.get(b);
        if (!list) pieces.set(b, (list = []));
        list.push({ span, piece });
      });
    // blocks whose segments came out equal keep their arrays, as the incremental path does
    result = BlockTable.from(reuseUnchangedSegments(result, splitSegments(blocks, spans)));
    previous = spans;
    changed = null;
    return result;
  };

  const update = (spans: readonly Span[]): BlockTable<Segment[]> => {
    if (spans === previous && result) {
      changed = new Set();
      return result;
    }
    if (!previous || !result) return full(spans);
    const { removed, added } = diffByIdentity(previous, spans);
    if (removed.length + added.length > FULL_RECOMPUTE_SHARE * Math.max(spans.length, 1)) return full(spans);

    const gone = new Set(removed);
    const dirty = new Map<number, Piece[]>();
    const listOf = (b: number): Piece[] => {
      let list = dirty.get(b);
      if (!list) dirty.set(b, (list = (pieces.get(b) ?? []).filter((p) => !gone.has(p.span))));
      return list;
    };
    for (const span of removed) forEachPiece(blocks, span, (b) => listOf(b));
    for (const span of added) forEachPiece(blocks, span, (b, piece) => listOf(b).push({ span, piece }));

    // pieces keep the input order (ties between equally long spans are drawn in it, as in splitSegments)
    const involved = new Set<Span>();
    for (const list of dirty.values()) if (list.length > 1) for (const p of list) involved.add(p.span);
    const order = new Map<Span, number>();
    if (involved.size)
      for (let i = 0; i < spans.length; i++) if (involved.has(spans[i]!)) order.set(spans[i]!, i);

    const updates: [number, Segment[] | undefined][] = [];
    for (const [b, list] of dirty) {
      if (!list.length) {
        pieces.delete(b);
        updates.push([b, undefined]);
        continue;
      }
      if (list.length > 1) list.sort((x, y) => order.get(x.span)! - order.get(y.span)!);
      pieces.set(b, list);
      updates.push([b, segmentsOf(list.map((p) => p.piece))]);
    }
    result = result.with(updates);
    previous = spans;
    changed = new Set(dirty.keys());
    return result;
  };
  return Object.assign(update, { lastChanged: () => changed });
}
