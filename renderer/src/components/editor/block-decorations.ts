// Turns one block's highlight and suggestion runs into Slate decoration ranges, cached while the runs are unchanged.
import type { BaseRange, Path } from 'slate';
import type { Segment } from '../../../../shared/highlights/split-segments';
import type { LeafLook } from './leaf-look';

/** The runs `decorate` needs per block (a subset of BlockHighlight, so tests need no looks machinery). */
export interface HighlightRun {
  from: number;
  to: number;
  ids: string[];
  look: LeafLook;
}

export type Decoration = BaseRange & { hl?: string[]; look?: LeafLook; sg?: string[] };

const EMPTY: Decoration[] = [];

/** Returns a function giving a block's decorations; the same array while its inputs are the same arrays. */
export function createBlockDecorator(): (
  path: Path,
  highlights: readonly HighlightRun[] | undefined,
  suggestions: readonly Segment[] | undefined,
) => Decoration[] {
  const cache = new Map<number, { hl: unknown; sg: unknown; out: Decoration[] }>();
  return (path, highlights, suggestions) => {
    if (!highlights?.length && !suggestions?.length) return EMPTY;
    const block = path[0]!;
    const hit = cache.get(block);
    if (hit && hit.hl === highlights && hit.sg === suggestions) return hit.out;
    const out: Decoration[] = [];
    for (const h of highlights ?? [])
      out.push({ anchor: { path, offset: h.from }, focus: { path, offset: h.to }, hl: h.ids, look: h.look });
    for (const s of suggestions ?? [])
      out.push({ anchor: { path, offset: s.from }, focus: { path, offset: s.to }, sg: s.ids });
    cache.set(block, { hl: highlights, sg: suggestions, out });
    return out;
  };
}
