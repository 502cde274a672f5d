// Renders a run of text; decorated runs become highlights (colour + underline pattern + depth).
import type { RenderLeafProps } from 'slate-react';
import type { HighlightLook } from './highlight-style';
import { withAlpha } from './highlight-style';

export interface LeafContext {
  looks: ReadonlyMap<string, HighlightLook>;
  titles: ReadonlyMap<string, string>;
  selectedId: string | null;
}

export function renderLeafWith(ctx: LeafContext) {
  return function RenderLeaf({ attributes, children, leaf }: RenderLeafProps) {
    const ids = leaf.hl;
    if (!ids || !ids.length) return <span {...attributes}>{children}</span>;
    const top = ids[ids.length - 1]!;
    const look = ctx.looks.get(top) ?? { colour: '#607d8b', pattern: 'none' as const };
    const selected = ctx.selectedId !== null && ids.includes(ctx.selectedId);
    const style: React.CSSProperties = {
      backgroundColor: withAlpha(look.colour, Math.min(0.22 + 0.14 * (ids.length - 1), 0.6)),
      textDecorationLine: look.pattern === 'none' ? undefined : 'underline',
      textDecorationStyle: look.pattern === 'none' ? undefined : look.pattern,
      textDecorationColor: look.colour,
      textDecorationThickness: '2px',
      textUnderlineOffset: '3px',
      outline: selected ? `2px solid ${look.colour}` : undefined,
      cursor: 'pointer',
    };
    return (
      <span
        {...attributes}
        className={`hl${ids.length > 1 ? ' hl-overlap' : ''}${selected ? ' hl-selected' : ''}`}
        data-annotation-ids={ids.join(' ')}
        title={ids.map((id) => ctx.titles.get(id) ?? '').join('\n')}
        style={style}
      >
        {children}
      </span>
    );
  };
}
