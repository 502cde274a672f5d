// Makes Slate re-render chosen blocks only: a revision mark on each block element is the one edit a read-only editor allows.
import { Editor, type Element } from 'slate';

let revision = 0;
/** Editors that are told of a redraw at once (see `withRedrawNow`). */
const TELL_NOW = new WeakSet<Editor>();
/** Editors told at once whose own queued change call is still to come. */
const TOLD = new WeakSet<Editor>();

/**
 * Slate tells React of a change in a microtask after it; from there React renders in a later task,
 * after a frame has been painted without the change. An editor wrapped in this is told of a redraw
 * at once, so a redraw asked for while React commits (a layout effect) is painted in the same frame.
 * Slate's queued call is then skipped, unless something else changed the editor meanwhile.
 */
export function withRedrawNow<E extends Editor>(editor: E): E {
  const { onChange } = editor;
  editor.onChange = (options) => {
    if (TOLD.has(editor)) {
      TOLD.delete(editor);
      if (!editor.operations.length) return;
    }
    onChange(options);
  };
  TELL_NOW.add(editor);
  return editor;
}

/** Gives each listed block a new `rev`, so Slate re-renders those blocks (and re-asks `decorate`) and nothing else. */
export function redrawBlocks(editor: Editor, blocks: readonly number[]): void {
  if (!blocks.length) return;
  Editor.withoutNormalizing(editor, () => {
    for (const block of blocks) {
      const node = editor.children[block] as Element | undefined;
      // the operation itself: Transforms.setNodes would first search the tree for the node at the path
      if (node)
        editor.apply({
          type: 'set_node',
          path: [block],
          properties: { rev: node.rev },
          newProperties: { rev: ++revision },
        });
    }
  });
  if (!TELL_NOW.has(editor)) return;
  const operation = editor.operations[editor.operations.length - 1];
  editor.operations = [];
  editor.onChange(operation ? { operation } : undefined);
  TOLD.add(editor);
}

/** True for the operations `redrawBlocks` makes (the read-only editor lets only these and selections through). */
export function isRedraw(operation: { type: string; newProperties?: object }): boolean {
  if (operation.type !== 'set_node' || !operation.newProperties) return false;
  const keys = Object.keys(operation.newProperties);
  return keys.length === 1 && keys[0] === 'rev';
}
