// Keyboard commands and scroll requests of the editor: next/previous annotation, next uncoded
// heading, hide highlights, re-span the selected annotation, and revealing a range.
import { useCallback, useEffect, useRef } from 'react';
import { Transforms, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Annotation, DocumentFull } from '../../../../shared/domain/types';
import { adjacentAnnotation, nextUncodedHeading } from '../../../../shared/highlights/navigate';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { offsetsToRange, pointToOffset, rangeToOffsets } from './selection-offsets';

/** Selects a span in the editor and scrolls it to the middle of the view. */
export function selectAndScroll(editor: Editor, doc: DocumentFull, start: number, end: number): void {
  const range = offsetsToRange(doc.blocks, start, end);
  try {
    const domRange = ReactEditor.toDOMRange(editor, range);
    domRange.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
    Transforms.select(editor, range);
    ReactEditor.focus(editor);
  } catch {
    // the block is not rendered (yet); nothing to scroll to
  }
}

export function useEditorCommands(
  editor: Editor,
  doc: DocumentFull,
  annotations: Annotation[],
  active: boolean,
) {
  const selectedId = useUiStore((s) => s.selectedAnnotationId);
  const scrollRequest = useUiStore((s) => s.scrollRequest);
  const reveal = useUiStore((s) => s.reveal);

  // Requests are acted on by the shown editor only. One made before this editor mounted counts when it
  // is for this document (opened and revealed at once); one made while it was parked never does.
  const seen = useRef<{ reveal?: number; scroll: number; active: boolean } | null>(null);
  if (seen.current === null) {
    const selectedHere = selectedId !== null && annotations.some((a) => a.id === selectedId);
    seen.current = {
      ...(reveal && reveal.documentId !== doc.id ? { reveal: reveal.seq } : {}),
      scroll: selectedHere ? -1 : scrollRequest,
      active,
    };
  }
  useEffect(() => {
    const s = seen.current!;
    const shownAgain = active && !s.active;
    s.active = active;
    if (!active || shownAgain) {
      s.reveal = reveal?.seq;
      s.scroll = scrollRequest;
      return;
    }
    if (reveal && reveal.seq !== s.reveal && (!reveal.documentId || reveal.documentId === doc.id)) {
      s.reveal = reveal.seq;
      selectAndScroll(editor, doc, reveal.start, reveal.end);
    }
    if (scrollRequest !== s.scroll && selectedId) {
      s.scroll = scrollRequest;
      const annotation = annotations.find((a) => a.id === selectedId);
      if (annotation) selectAndScroll(editor, doc, annotation.start, annotation.end);
    }
    // act when asked (a new request) or when shown again; not when annotations change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, reveal, scrollRequest]);

  // the handler reads the latest annotations, so it stays one function while they change (the
  // editor's props then stay equal on a save, and Slate does not re-render its root for nothing)
  const latest = useRef(annotations);
  latest.current = annotations;

  /** Handles a command key; returns true when the key was a command. */
  return useCallback(
    (event: React.KeyboardEvent): boolean => {
      if (event.ctrlKey || event.metaKey || event.altKey) return false;
      const ui = useUiStore.getState();
      const annotations = latest.current;
      const caret = editor.selection ? pointToOffset(doc.blocks, editor.selection.focus) : 0;
      const go = (target: Annotation | null) => {
        if (!target) return;
        ui.selectAnnotation(target.id, true);
      };
      switch (event.key) {
        case 'n':
        case 'j':
          go(adjacentAnnotation(annotations, caret, 1));
          return true;
        case 'p':
        case 'k':
          go(adjacentAnnotation(annotations, caret, -1));
          return true;
        case 'u': {
          const heading = nextUncodedHeading(doc.blocks, annotations, caret);
          if (heading) selectAndScroll(editor, doc, heading.start, heading.end);
          return true;
        }
        case 'h':
          ui.toggleHighlights();
          return true;
        case 'r': {
          const id = ui.selectedAnnotationId;
          const span = editor.selection ? rangeToOffsets(doc.blocks, editor.selection) : null;
          if (id && span) void attempt(() => useDocumentStore.getState().update({ id, ...span }));
          return true;
        }
        default:
          return false;
      }
    },
    [editor, doc],
  );
}
