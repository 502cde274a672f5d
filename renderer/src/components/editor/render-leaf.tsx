// Renders a run of text; decorated runs become highlights (colour + underline pattern + depth).
import type { RenderLeafProps } from 'slate-react';
import type { LeafLook } from './leaf-look';
import './highlights.css';

/**
 * One stable function (never re-created), so Slate re-renders only the texts whose decorations
 * changed; everything a highlight needs arrives on the leaf (`hl` ids and the interned `look`).
 */
export function RenderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  const ids = leaf.hl;
  const look = (leaf as { look?: LeafLook }).look;
  const suggested = leaf.sg && leaf.sg.length ? ' suggestion-mark' : '';
  if (!ids || !ids.length || !look) {
    if (suggested)
      return (
        <span {...attributes} className={suggested.trim()} data-suggestion-keys={leaf.sg!.join(' ')}>
          {children}
        </span>
      );
    return <span {...attributes}>{children}</span>;
  }
  return (
    <span
      {...attributes}
      className={`${look.className}${suggested}`}
      data-annotation-ids={ids.join(' ')}
      title={look.title}
    >
      {children}
    </span>
  );
}
