// Renders one block of the document: heading, paragraph or list item.
import type { RenderElementProps } from 'slate-react';

export function RenderElement({ attributes, children, element }: RenderElementProps) {
  const data = { 'data-block-index': element.blockIndex };
  if (element.type === 'heading') {
    const level = Math.min(Math.max(element.level ?? 2, 1), 4);
    const Tag = (['h2', 'h2', 'h3', 'h4'] as const)[level - 1]!;
    return (
      <Tag {...attributes} {...data} className={`doc-heading doc-heading-${level}`}>
        {children}
      </Tag>
    );
  }
  if (element.type === 'list-item') {
    return (
      <div {...attributes} {...data} className="doc-list-item">
        {children}
      </div>
    );
  }
  return (
    <p {...attributes} {...data} className="doc-paragraph">
      {children}
    </p>
  );
}
