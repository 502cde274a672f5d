// A `decorate` that Slate never sees change: when highlights change, only the blocks whose runs changed are redrawn.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { Text, type Editor, type NodeEntry } from 'slate';
import type { BlockTable } from '../../../../shared/highlights/block-table';
import type { Segment } from '../../../../shared/highlights/split-segments';
import { createBlockDecorator, type Decoration, type HighlightRun } from './block-decorations';
import { changedBlocks, type BlockInputs } from './changed-blocks';
import { redrawBlocks } from './redraw-blocks';

const NO_DECORATIONS: Decoration[] = [];
/**
 * Past this many changed blocks Slate is handed a new `decorate` instead (it then asks every text
 * once, which costs less than marking this many blocks one by one).
 */
export const REDRAW_ALL_ABOVE = 400;

export interface BlockRuns {
  highlights: BlockTable<readonly HighlightRun[]>;
  suggestions: BlockTable<readonly Segment[]>;
}

/**
 * Slate asks every text of the document again whenever `decorate` changes (thousands on a long
 * document, ~60 ms on the 300-page bench document). This keeps `decorate` one function reading the
 * latest runs, and after each change marks just the changed blocks for Slate to re-render.
 */
export function useBlockDecorate(editor: Editor, runs: BlockRuns): (entry: NodeEntry) => Decoration[] {
  const [decorateBlock] = useState(createBlockDecorator);
  const latest = useRef(runs);
  latest.current = runs; // read by decorate while Slate renders, after this render
  const drawn = useRef<BlockInputs<readonly HighlightRun[], readonly Segment[]>>(runs);
  const [generation, setGeneration] = useState(0);

  useLayoutEffect(() => {
    const changed = changedBlocks(drawn.current, runs);
    drawn.current = runs;
    if (changed.length > REDRAW_ALL_ABOVE) setGeneration((g) => g + 1);
    else redrawBlocks(editor, changed);
  }, [editor, runs]);

  return useCallback(
    ([node, path]: NodeEntry) => {
      if (!Text.isText(node) || path.length !== 2) return NO_DECORATIONS;
      const block = path[0]!;
      const { highlights, suggestions } = latest.current;
      return decorateBlock(path, highlights.get(block), suggestions.get(block));
    },
    // generation: a new function makes Slate ask every text again
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [decorateBlock, generation],
  );
}
