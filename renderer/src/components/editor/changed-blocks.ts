// Which blocks' decoration inputs changed between two renders (compared by identity: unchanged blocks keep their arrays).
import type { BlockTable } from '../../../../shared/highlights/block-table';

/** Per block, the highlight runs and suggestion runs `decorate` draws (no entry: nothing). */
export interface BlockInputs<H = unknown, S = unknown> {
  highlights: BlockTable<H>;
  suggestions: BlockTable<S>;
}

/**
 * Indexes of the blocks whose highlight or suggestion array is not the very same as before, in
 * block order. Tables that share pages are compared page by page: a saved tag costs a few pages.
 */
export function changedBlocks<H, S>(before: BlockInputs<H, S>, after: BlockInputs<H, S>): number[] {
  const highlights = after.highlights.changedSince(before.highlights);
  if (after.suggestions === before.suggestions) return highlights;
  const all = new Set([...highlights, ...after.suggestions.changedSince(before.suggestions)]);
  return [...all].sort((x, y) => x - y);
}
