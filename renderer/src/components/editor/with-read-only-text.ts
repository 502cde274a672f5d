// Makes a Slate editor read-only for text while keeping a caret and keyboard selection.
import type { Editor } from 'slate';
import { isRedraw } from './redraw-blocks';

/** Only selection changes and redraw marks are applied: the text can never be edited by accident. */
export function withReadOnlyText<E extends Editor>(editor: E): E {
  const { apply } = editor;
  editor.apply = (operation) => {
    if (operation.type === 'set_selection' || isRedraw(operation)) apply(operation);
  };
  editor.insertText = () => {};
  editor.insertData = () => {};
  editor.insertFragment = () => {};
  editor.insertBreak = () => {};
  editor.insertSoftBreak = () => {};
  editor.deleteBackward = () => {};
  editor.deleteForward = () => {};
  editor.deleteFragment = () => {};
  // the text never changes, so there is nothing to normalize: Slate would otherwise check every
  // block of the document after each redraw mark (the root is an ancestor of every block)
  editor.normalizeNode = () => {};
  return editor;
}
