// Tests for the read-only editor: text edits are refused, redraw marks and selections go through.
import { createEditor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { redrawBlocks, withRedrawNow } from './redraw-blocks';
import { withReadOnlyText } from './with-read-only-text';
import './slate-types';

function editorWith(texts: string[]) {
  const editor = withReadOnlyText(createEditor());
  editor.children = texts.map((text, blockIndex) => ({
    type: 'paragraph',
    blockIndex,
    children: [{ text }],
  }));
  return editor;
}

describe('the read-only document editor', () => {
  it('refuses every text edit', () => {
    const editor = editorWith(['Kommunen tillstyrker.']);
    Transforms.insertText(editor, 'inte ', { at: { path: [0, 0], offset: 9 } });
    Transforms.delete(editor, {
      at: { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 9 } },
    });
    Transforms.setNodes(editor, { type: 'heading' }, { at: [0] });
    expect(editor.children).toEqual([
      { type: 'paragraph', blockIndex: 0, children: [{ text: 'Kommunen tillstyrker.' }] },
    ]);
  });

  it('redraws only the blocks asked for, by giving them a new revision mark', () => {
    const editor = editorWith(['Ett.', 'Två.', 'Tre.']);
    const [first, second, third] = editor.children;
    redrawBlocks(editor, [1]);
    expect(editor.children[0]).toBe(first);
    expect(editor.children[1]).not.toBe(second);
    expect(editor.children[1]).toMatchObject({ blockIndex: 1, children: [{ text: 'Två.' }] });
    expect(editor.children[2]).toBe(third);
  });

  it('still lets the reader select text', () => {
    const editor = editorWith(['Kommunen tillstyrker.']);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 8 } });
    expect(editor.selection?.focus.offset).toBe(8);
  });
});

describe('withRedrawNow', () => {
  it('tells of a redraw at once, and skips Slate’s own queued call for it', async () => {
    const calls: string[] = [];
    const editor = editorWith(['Ett.', 'Två.']);
    editor.onChange = (options) => calls.push(options?.operation?.type ?? 'none');
    withRedrawNow(editor);
    redrawBlocks(editor, [1]);
    expect(calls).toEqual(['set_node']);
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toEqual(['set_node']);
  });

  it('still passes on Slate’s queued call when the selection changed after the redraw', async () => {
    const calls: string[] = [];
    const editor = editorWith(['Ett.', 'Två.']);
    editor.onChange = (options) => calls.push(options?.operation?.type ?? 'none');
    withRedrawNow(editor);
    redrawBlocks(editor, [0]);
    Transforms.select(editor, { path: [1, 0], offset: 2 });
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toEqual(['set_node', 'set_node']);
    expect(editor.selection?.anchor.offset).toBe(2);
  });
});
