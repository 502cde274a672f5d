// The reading and coding surface: the document in a read-only Slate editor with highlight decorations.
import { memo, useCallback, useMemo, useState } from 'react';
import { createEditor, Element as SlateElement, type Range as SlateRange } from 'slate';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { useTranslation } from 'react-i18next';
import type { Annotation, DocumentFull } from '../../../../shared/domain/types';
import { snapToWords } from '../../../../shared/selection/extend-span';
import { useUiStore, type PopoverState } from '../../stores/ui-store';
import { useSuggestionSegments } from '../suggestions/use-suggestion-segments';
import { BlockTable } from '../../../../shared/highlights/block-table';
import { buildEditorValue } from './build-editor-value';
import { withRedrawNow } from './redraw-blocks';
import { RenderChunk } from './render-chunk';
import { RenderElement } from './render-element';
import { RenderLeaf } from './render-leaf';
import { rangeToOffsets } from './selection-offsets';
import { useBlockDecorate } from './use-block-decorate';
import { useBlockHighlights, type BlockHighlight } from './use-block-highlights';
import { useDecorationSchedule } from './use-decoration-schedule';
import { useEditorCommands } from './use-editor-commands';
import { useWhileActive } from './use-while-active';
import { withReadOnlyText } from './with-read-only-text';
import './slate-types';
import './long-document.css';

interface Props {
  document: DocumentFull;
  annotations: Annotation[];
  /** False while parked in the background (kept rendered so switching back is instant). */
  active: boolean;
}

/** Blocks per chunk: small enough that laying out a chunk scrolled into view fits in a frame. */
const CHUNK_SIZE = 24;
const EDIT_KEYS = new Set(['Backspace', 'Delete', 'Enter', 'Tab']);
/** The text is read-only: typing, pasting, cutting and dropping change nothing. */
const refuse = (event: { preventDefault: () => void }) => event.preventDefault();
const refuseDrop = (event: { preventDefault: () => void }) => {
  event.preventDefault();
  return true;
};

/**
 * The highlights of the blocks whose turn to be decorated has come (and of any block showing the
 * selected annotation). Once every block is ready that is all of them, the very same table: a saved
 * tag then changes a page or two of it, not a copy of every block.
 */
function readyHighlights(
  highlights: BlockTable<BlockHighlight[]>,
  schedule: { done: () => boolean; isReady: (block: number) => boolean },
): BlockTable<BlockHighlight[]> {
  if (schedule.done()) return highlights;
  const ready: [number, BlockHighlight[]][] = [];
  for (const [block, list] of highlights)
    if (schedule.isReady(block) || list.some((h) => h.selected)) ready.push([block, list]);
  return BlockTable.from(ready);
}

function anchorOfRange(domRange: globalThis.Range | null): { x: number; y: number } {
  const rect = domRange?.getBoundingClientRect();
  return rect ? { x: rect.left, y: rect.bottom + 6 } : { x: 200, y: 200 };
}

/**
 * Opens the popover with the focus already off the editor: while a contenteditable has the focus,
 * React walks all of its text on every commit to save the selection (12 ms on a 300-page answer).
 * The popover takes the focus anyway; the text selection stays.
 */
function openPopoverFromEditor(popover: PopoverState): void {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused.isContentEditable) focused.blur();
  useUiStore.getState().openPopover(popover);
}

export const DocumentEditor = memo(function DocumentEditor({ document: doc, annotations, active }: Props) {
  const { t } = useTranslation();
  const [editor] = useState(() => {
    const e = withRedrawNow(withReadOnlyText(withReact(createEditor())));
    e.getChunkSize = (node) => (SlateElement.isElement(node) ? null : CHUNK_SIZE);
    return e;
  });
  const initialValue = useMemo(() => buildEditorValue(doc.text, doc.blocks), [doc]);
  const openPopover = useUiStore((s) => s.openPopover);
  const selectAnnotation = useUiStore((s) => s.selectAnnotation);

  // Per-block runs whose arrays stay equal when a block did not change: only changed texts re-render.
  const highlights = useBlockHighlights(doc.blocks, annotations, active);

  const suggestionSegments = useWhileActive(active, useSuggestionSegments(doc.blocks));
  // Long documents: the first screens are decorated at once, the rest at idle time (a reveal finishes it).
  const reveal = useWhileActive(
    active,
    useUiStore((s) => s.reveal),
  );
  const editorRoot = useCallback(() => {
    try {
      return ReactEditor.toDOMNode(editor, editor);
    } catch {
      return null;
    }
  }, [editor]);
  const { schedule, version } = useDecorationSchedule(initialValue.length, editorRoot, reveal, active);
  const runs = useMemo(
    () => ({ highlights: readyHighlights(highlights, schedule), suggestions: suggestionSegments }),
    // version: more blocks became ready
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [highlights, suggestionSegments, schedule, version],
  );
  const decorate = useBlockDecorate(editor, runs);

  const runCommand = useEditorCommands(editor, doc, annotations, active);

  /** The user's current (non-empty) selection in document offsets, read from the DOM selection. */
  const currentSelection = useCallback((): {
    start: number;
    end: number;
    anchor: { x: number; y: number };
  } | null => {
    const domSelection = window.getSelection();
    if (!domSelection || domSelection.rangeCount === 0 || domSelection.isCollapsed) return null;
    const range: SlateRange | null = ReactEditor.toSlateRange(editor, domSelection, {
      exactMatch: false,
      suppressThrow: true,
    });
    if (!range) return null;
    const offsets = rangeToOffsets(doc.blocks, range);
    if (!offsets) return null;
    const snapped = snapToWords(doc.text, offsets.start, offsets.end);
    if (snapped.end <= snapped.start) return null;
    return { ...snapped, anchor: anchorOfRange(domSelection.getRangeAt(0)) };
  }, [editor, doc.blocks, doc.text]);

  const onMouseUp = useCallback(
    (event: React.MouseEvent) => {
      const picked = currentSelection();
      if (picked) {
        openPopoverFromEditor({ kind: 'new', ...picked });
        return;
      }
      const target = (event.target as HTMLElement).closest('[data-annotation-ids]');
      const ids = target?.getAttribute('data-annotation-ids')?.split(' ') ?? [];
      const id = ids[ids.length - 1];
      if (id) {
        selectAnnotation(id);
        openPopover({ kind: 'edit', annotationId: id, anchor: { x: event.clientX, y: event.clientY + 12 } });
      }
    },
    [currentSelection, openPopover, selectAnnotation],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      if (EDIT_KEYS.has(event.key) && event.key !== 'Enter' && event.key !== 'Tab') event.preventDefault();
      const isTagKey =
        (event.key === 't' || event.key === 'Enter') && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (isTagKey) {
        event.preventDefault();
        const picked = currentSelection();
        if (picked) openPopoverFromEditor({ kind: 'new', ...picked });
        return;
      }
      if (runCommand(event)) {
        event.preventDefault();
        return;
      }
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) event.preventDefault();
    },
    [currentSelection, runCommand],
  );

  const ariaLabel = t('editor.ariaLabel', { name: doc.respondent });
  const allDrawn = schedule.done();
  // the same element while its props are equal: a save re-renders this component (new annotations)
  // but Slate's root, which walks every block, then renders once (for the redrawn block), not twice
  return useMemo(
    () => (
      <Slate editor={editor} initialValue={initialValue}>
        <Editable
          // "document-editor" marks the shown editor only (no style uses it, so switching restyles nothing)
          className={active ? 'doc-text document-editor' : 'doc-text'}
          data-highlights={allDrawn ? 'all' : 'partial'}
          aria-label={ariaLabel}
          aria-readonly="true"
          role="textbox"
          aria-multiline="true"
          decorate={decorate}
          renderLeaf={RenderLeaf}
          renderElement={RenderElement}
          renderChunk={RenderChunk}
          onMouseUp={onMouseUp}
          onKeyDown={onKeyDown}
          onDOMBeforeInput={refuse}
          onPaste={refuse}
          onCut={refuse}
          onDrop={refuseDrop}
          spellCheck={false}
          autoCorrect="off"
          autoCapitalize="off"
        />
      </Slate>
    ),
    [editor, initialValue, active, allDrawn, ariaLabel, decorate, onMouseUp, onKeyDown],
  );
});
