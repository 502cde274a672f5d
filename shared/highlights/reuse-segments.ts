// Keeps each block's segment list referentially equal when it did not change, so unchanged blocks skip re-rendering.
import type { Segment } from './split-segments';

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => s.from === b[i]!.from && s.to === b[i]!.to && sameIds(s.ids, b[i]!.ids))
  );
}

/** `next`, with every block whose segments equal `previous`'s taking the previous list (and its arrays). */
export function reuseUnchangedSegments(
  previous: { get(block: number): Segment[] | undefined } | null,
  next: Map<number, Segment[]>,
): Map<number, Segment[]> {
  if (!previous) return next;
  for (const [block, segments] of next) {
    const before = previous.get(block);
    if (before && before !== segments && sameSegments(before, segments)) next.set(block, before);
  }
  return next;
}
