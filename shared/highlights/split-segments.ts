// Splits (possibly overlapping) annotation spans into non-overlapping segments per block.
import { blockIndexAt } from '../domain/block-index';
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface BlockRange {
  start: number;
  end: number;
}

/** A run of text inside one block, covered by the same set of annotations (innermost last). */
export interface Segment {
  /** Offsets relative to the block start. */
  from: number;
  to: number;
  ids: string[];
}

/** The non-overlapping segments of one block's pieces (offsets relative to the block). */
export function segmentsOf(pieces: readonly Span[]): Segment[] {
  const points = new Set<number>();
  for (const p of pieces) {
    points.add(p.start);
    points.add(p.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    const covering = pieces.filter((p) => p.start <= from && p.end >= to);
    if (!covering.length) continue;
    // Longest first, so the innermost (shortest) span is last and drawn on top.
    covering.sort((a, b) => b.end - b.start - (a.end - a.start));
    segments.push({ from, to, ids: covering.map((p) => p.id) });
  }
  return segments;
}

/** Calls `add` with each block a span touches and the span's piece in it (offsets relative to the block). */
export function forEachPiece(
  blocks: readonly BlockRange[],
  span: Span,
  add: (block: number, piece: Span) => void,
): void {
  if (span.end <= span.start) return;
  for (let b = Math.max(0, blockIndexAt(blocks, span.start)); b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.start >= span.end) break;
    const from = Math.max(span.start, block.start) - block.start;
    const to = Math.min(span.end, block.end) - block.start;
    if (to <= from) continue;
    add(b, { id: span.id, start: from, end: to });
  }
}

export function splitSegments(blocks: readonly BlockRange[], spans: readonly Span[]): Map<number, Segment[]> {
  const perBlock = new Map<number, Span[]>();
  if (!blocks.length) return new Map();
  for (const span of spans) {
    forEachPiece(blocks, span, (b, piece) => {
      let list = perBlock.get(b);
      if (!list) perBlock.set(b, (list = []));
      list.push(piece);
    });
  }
  const result = new Map<number, Segment[]>();
  for (const [b, pieces] of perBlock) result.set(b, segmentsOf(pieces));
  return result;
}
