// Navigation targets in a document: next/previous annotation, next heading without coding.
import type { Block } from '../domain/types';

interface Span {
  id: string;
  start: number;
  end: number;
}

/** The first annotation starting after `offset` (or before it, going backwards); wraps around. */
export function adjacentAnnotation<T extends Span>(
  sorted: readonly T[],
  offset: number,
  direction: 1 | -1,
): T | null {
  if (!sorted.length) return null;
  if (direction === 1) return sorted.find((a) => a.start > offset) ?? sorted[0]!;
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.start < offset) return sorted[i]!;
  return sorted[sorted.length - 1]!;
}

/** The next heading after `offset` whose section (up to the next heading) has no annotation. */
export function nextUncodedHeading(
  blocks: readonly Block[],
  spans: readonly Span[],
  offset: number,
): Block | null {
  const headings = blocks.filter((b) => b.type === 'heading');
  const textEnd = blocks.length ? blocks[blocks.length - 1]!.end : 0;
  const ordered = [...headings.filter((h) => h.start > offset), ...headings.filter((h) => h.start <= offset)];
  for (const heading of ordered) {
    const next = headings.find((h) => h.start > heading.start);
    const sectionEnd = next ? next.start : textEnd;
    const coded = spans.some((s) => s.start < sectionEnd && s.end > heading.start);
    if (!coded) return heading;
  }
  return null;
}
