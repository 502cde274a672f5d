// Which blocks' decoration inputs changed between two renders (compared by identity: unchanged blocks keep their arrays).

/** Per block, the highlight runs and suggestion runs `decorate` draws (undefined: nothing). */
export interface BlockInputs {
  highlights: readonly (readonly unknown[] | undefined)[];
  suggestions: readonly (readonly unknown[] | undefined)[];
}

/** Indexes of the blocks whose highlight or suggestion array is not the very same as before. */
export function changedBlocks(before: BlockInputs, after: BlockInputs): number[] {
  const count = Math.max(before.highlights.length, after.highlights.length);
  const changed: number[] = [];
  for (let b = 0; b < count; b++)
    if (before.highlights[b] !== after.highlights[b] || before.suggestions[b] !== after.suggestions[b])
      changed.push(b);
  return changed;
}
