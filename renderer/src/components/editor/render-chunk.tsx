// Renders a chunk of blocks: the lowest chunks skip layout and paint while off screen (content-visibility).
import type { RenderChunkProps } from 'slate-react';
import { intrinsicSizeStyle } from './intrinsic-size';

interface ChunkLeaf {
  node?: { children?: { text?: unknown }[] };
}

/**
 * The text lengths of the blocks in a lowest chunk, read from the chunk node slate-react hands to
 * its child; an empty list if that shape ever changes (the estimate then falls back to one line).
 */
function blockLengths(children: unknown): number[] {
  const ancestor = (children as { props?: { ancestor?: { children?: ChunkLeaf[] } } })?.props?.ancestor;
  return (ancestor?.children ?? []).map((leaf) => {
    const text = leaf.node?.children?.[0]?.text;
    return typeof text === 'string' ? text.length : 0;
  });
}

export function RenderChunk({ attributes, children, lowest }: RenderChunkProps) {
  if (!lowest) return children;
  return (
    <div {...attributes} className="doc-chunk" style={intrinsicSizeStyle(blockLengths(children))}>
      {children}
    </div>
  );
}
