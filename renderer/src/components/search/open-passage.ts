// Opens a document (if it is not open) and asks the editor to select and scroll to a passage.
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';

export async function openPassage(documentId: string, start: number, end: number): Promise<void> {
  const docs = useDocumentStore.getState();
  if (docs.documentId !== documentId || !docs.document) {
    useUiStore.getState().closePopover();
    useUiStore.getState().selectAnnotation(null);
    const ok = await attempt(() => docs.open(documentId).then(() => true));
    if (!ok) return;
  }
  // Wait a frame so a newly opened document is rendered before it is scrolled.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  useUiStore.getState().revealRange(start, end, documentId);
}

/** Opens a document and selects one of its annotations, scrolled into view. */
export async function openAnnotation(documentId: string, annotationId: string): Promise<void> {
  const docs = useDocumentStore.getState();
  if (docs.documentId !== documentId || !docs.document) {
    useUiStore.getState().closePopover();
    const ok = await attempt(() => docs.open(documentId).then(() => true));
    if (!ok) return;
  }
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  useUiStore.getState().selectAnnotation(annotationId, true);
}
