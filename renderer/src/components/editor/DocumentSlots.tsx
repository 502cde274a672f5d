// The shown document's editor plus the parked ones (hidden, still rendered), each back at its own scroll position.
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Annotation, DocumentFull } from '../../../../shared/domain/types';
import { filterAnnotations } from '../../../../shared/highlights/filter-annotations';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { DocumentEditor } from './DocumentEditor';
import './document-slots.css';

const NONE: never[] = [];

function DocumentSlot({
  doc,
  annotations,
  active,
}: {
  doc: DocumentFull;
  annotations: Annotation[];
  active: boolean;
}) {
  const filter = useUiStore((s) => s.highlightFilter);
  const hidden = useUiStore((s) => s.hideHighlights);
  const visible = useMemo(
    () => (hidden ? NONE : filterAnnotations(annotations, filter)),
    [annotations, filter, hidden],
  );
  return (
    <div
      className="document-slot"
      data-parked={active ? undefined : ''}
      aria-hidden={active ? undefined : true}
    >
      <DocumentEditor document={doc} annotations={visible} active={active} />
    </div>
  );
}

/** Renders every open document in a stable order, so parking one or showing it again moves nothing. */
export function DocumentSlots({
  doc,
  scroller,
}: {
  doc: DocumentFull;
  scroller: RefObject<HTMLElement | null>;
}) {
  const annotations = useDocumentStore((s) => s.annotations);
  const parked = useDocumentStore((s) => s.parked);
  const slots = [
    { doc, annotations, active: true },
    ...parked.filter((p) => p.document.id !== doc.id).map((p) => ({ ...p, doc: p.document, active: false })),
  ].sort((a, b) => (a.doc.id < b.doc.id ? -1 : 1));

  // each document comes back where the reader left it; a newly opened one starts at the top
  const scrollTops = useRef(new Map<string, number>());
  const shownId = useRef(doc.id);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const remember = () => scrollTops.current.set(shownId.current, el.scrollTop);
    el.addEventListener('scroll', remember, { passive: true });
    return () => el.removeEventListener('scroll', remember);
  }, [scroller]);
  useLayoutEffect(() => {
    if (shownId.current === doc.id) return;
    shownId.current = doc.id;
    scroller.current?.scrollTo({ top: scrollTops.current.get(doc.id) ?? 0 });
  }, [doc.id, scroller]);

  return (
    <>
      {slots.map((slot) => (
        <DocumentSlot key={slot.doc.id} doc={slot.doc} annotations={slot.annotations} active={slot.active} />
      ))}
    </>
  );
}
