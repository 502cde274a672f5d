// Converts between Slate ranges (block path + offset) and document text offsets.
import type { BaseRange, Point } from 'slate';
import { Range } from 'slate';
import { blockIndexAt } from '../../../../shared/domain/block-index';
import type { Block } from '../../../../shared/domain/types';

export function pointToOffset(blocks: readonly Block[], point: Point): number {
  const block = blocks[point.path[0] ?? 0];
  if (!block) return 0;
  return Math.min(block.start + point.offset, block.end);
}

export function rangeToOffsets(
  blocks: readonly Block[],
  range: BaseRange,
): { start: number; end: number } | null {
  if (Range.isCollapsed(range)) return null;
  const [a, b] = Range.edges(range);
  const start = pointToOffset(blocks, a);
  const end = pointToOffset(blocks, b);
  return end > start ? { start, end } : null;
}

export function offsetToPoint(blocks: readonly Block[], offset: number, preferNext = false): Point {
  let index = Math.max(0, blockIndexAt(blocks, offset));
  const block = blocks[index]!;
  if (preferNext && offset >= block.end && index + 1 < blocks.length) index += 1;
  const target = blocks[index]!;
  return {
    path: [index, 0],
    offset: Math.max(0, Math.min(offset - target.start, target.end - target.start)),
  };
}

export function offsetsToRange(blocks: readonly Block[], start: number, end: number): BaseRange {
  return { anchor: offsetToPoint(blocks, start, true), focus: offsetToPoint(blocks, end) };
}
