// After the project changes (opened, created): reload project data and close the old document.
import { noteOutsideChange } from '../api/write-generation';
import { useDocumentStore } from './document-store';
import { useProjectStore } from './project-store';
import { useUiStore } from './ui-store';
import { useUndoStore } from './undo-store';

export async function reloadProject(): Promise<void> {
  // what was read from the project before (a kept matrix) is not shown again unchecked
  noteOutsideChange();
  useUiStore.getState().closePopover();
  useUiStore.getState().selectAnnotation(null);
  useDocumentStore.getState().close();
  useUndoStore.getState().clear();
  await useProjectStore.getState().load();
  // let the document list paint before the first document is read and rendered
  await afterNextPaint();
  const first = useProjectStore.getState().documents[0];
  if (first) await useDocumentStore.getState().open(first.id);
}

/** Resolves once the next frame is painted (or after 100 ms when the window is hidden and paints nothing). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
