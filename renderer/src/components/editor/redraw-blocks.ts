// Makes Slate re-render chosen blocks only: a revision mark on each block element is the one edit a read-only editor allows.
import { Editor, Transforms } from 'slate';

let revision = 0;

/** Gives each listed block a new `rev`, so Slate re-renders those blocks (and re-asks `decorate`) and nothing else. */
export function redrawBlocks(editor: Editor, blocks: readonly number[]): void {
  if (!blocks.length) return;
  Editor.withoutNormalizing(editor, () => {
    for (const block of blocks)
      if (block < editor.children.length) Transforms.setNodes(editor, { rev: ++revision }, { at: [block] });
  });
}

/** True for the operations `redrawBlocks` makes (the read-only editor lets only these and selections through). */
export function isRedraw(operation: { type: string; newProperties?: object }): boolean {
  if (operation.type !== 'set_node' || !operation.newProperties) return false;
  const keys = Object.keys(operation.newProperties);
  return keys.length === 1 && keys[0] === 'rev';
}
