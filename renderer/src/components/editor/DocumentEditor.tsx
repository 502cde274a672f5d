// The reading and coding surface: the document in a read-only Slate editor with highlight decorations.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  createEditor,
  Element as SlateElement,
  Text,
  Transforms,
  type NodeEntry,
  type Range as SlateRange,
} from 'slate';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { useTranslation } from 'react-i18next';
import type { Annotation, DocumentFull } from '../../../../shared/domain/types';
import { splitSegments, type Segment } from '../../../../shared/highlights/split-segments';
import { codeById, useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { buildEditorValue } from './build-editor-value';
import { highlightLook, type HighlightLook } from './highlight-style';
import { RenderElement } from './render-element';
import { renderLeafWith } from './render-leaf';
import { offsetsToRange, rangeToOffsets } from './selection-offsets';
import { withReadOnlyText } from './with-read-only-text';
import './slate-types';

interface Props {
  document: DocumentFull;
  annotations: Annotation[];
}

const CHUNK_SIZE = 200;
const EDIT_KEYS = new Set(['Backspace', 'Delete', 'Enter', 'Tab']);

function anchorOfRange(domRange: globalThis.Range | null): { x: number; y: number } {
  const rect = domRange?.getBoundingClientRect();
  return rect ? { x: rect.left, y: rect.bottom + 6 } : { x: 200, y: 200 };
}

export function DocumentEditor({ document: doc, annotations }: Props) {
  const { t } = useTranslation();
  const [editor] = useState(() => {
    const e = withReadOnlyText(withReact(createEditor()));
    e.getChunkSize = (node) => (SlateElement.isElement(node) ? null : CHUNK_SIZE);
    return e;
  });
  const initialValue = useMemo(() => buildEditorValue(doc.text, doc.blocks), [doc]);
  const codes = useProjectStore((s) => s.codes);
  const stances = useProjectStore((s) => s.stances);
  const colourBy = useUiStore((s) => s.colourBy);
  const selectedId = useUiStore((s) => s.selectedAnnotationId);
  const scrollRequest = useUiStore((s) => s.scrollRequest);
  const openPopover = useUiStore((s) => s.openPopover);
  const selectAnnotation = useUiStore((s) => s.selectAnnotation);

  const segments = useMemo(() => splitSegments(doc.blocks, annotations), [doc.blocks, annotations]);
  const leafContext = useMemo(() => {
    const codeMap = codeById(codes);
    const looks = new Map<string, HighlightLook>();
    const titles = new Map<string, string>();
    for (const a of annotations) {
      looks.set(a.id, highlightLook(a, colourBy, codeMap, stances));
      titles.set(
        a.id,
        a.tags
          .map((tag) => {
            const code = codeMap.get(tag.codeId);
            const stance = stances.find((s) => s.id === tag.stanceId);
            return `${code ? `${code.section} ${code.title}`.trim() : tag.codeId}${stance ? ` — ${stance.labelSv}` : ''}`;
          })
          .join('; '),
      );
    }
    return { looks, titles, selectedId };
  }, [annotations, codes, stances, colourBy, selectedId]);
  const renderLeaf = useMemo(() => renderLeafWith(leafContext), [leafContext]);

  const decorate = useCallback(
    ([node, path]: NodeEntry) => {
      if (!Text.isText(node) || path.length !== 2) return [];
      const blockSegments: Segment[] | undefined = segments.get(path[0]!);
      if (!blockSegments) return [];
      return blockSegments.map((s) => ({
        anchor: { path, offset: s.from },
        focus: { path, offset: s.to },
        hl: s.ids,
      }));
    },
    [segments],
  );

  useEffect(() => {
    if (!selectedId || !scrollRequest) return;
    const annotation = annotations.find((a) => a.id === selectedId);
    if (!annotation) return;
    const range = offsetsToRange(doc.blocks, annotation.start, annotation.end);
    try {
      const domRange = ReactEditor.toDOMRange(editor, range);
      domRange.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
      Transforms.select(editor, range);
    } catch {
      // the block is not rendered yet; nothing to scroll to
    }
    // scroll only when asked
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRequest]);

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
    return { ...offsets, anchor: anchorOfRange(domSelection.getRangeAt(0)) };
  }, [editor, doc.blocks]);

  const onMouseUp = useCallback(
    (event: React.MouseEvent) => {
      const picked = currentSelection();
      if (picked) {
        openPopover({ kind: 'new', ...picked });
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
        if (picked) openPopover({ kind: 'new', ...picked });
        return;
      }
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) event.preventDefault();
    },
    [currentSelection, openPopover],
  );

  return (
    <Slate editor={editor} initialValue={initialValue}>
      <Editable
        className="document-editor"
        aria-label={t('editor.ariaLabel', { name: doc.respondent })}
        aria-readonly="true"
        role="textbox"
        aria-multiline="true"
        decorate={decorate}
        renderLeaf={renderLeaf}
        renderElement={RenderElement}
        onMouseUp={onMouseUp}
        onKeyDown={onKeyDown}
        onDOMBeforeInput={(event: InputEvent) => event.preventDefault()}
        onPaste={(event) => event.preventDefault()}
        onCut={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          return true;
        }}
        spellCheck={false}
        autoCorrect="off"
        autoCapitalize="off"
      />
    </Slate>
  );
}
