// After the project changes (opened, created): reload project data and close the old document.
import { useDocumentStore } from './document-store';
import { useProjectStore } from './project-store';
import { useUiStore } from './ui-store';
import { useUndoStore } from './undo-store';

export async function reloadProject(): Promise<void> {
  useUiStore.getState().closePopover();
  useUiStore.getState().selectAnnotation(null);
  useDocumentStore.getState().close();
  useUndoStore.getState().clear();
  await useProjectStore.getState().load();
  const first = useProjectStore.getState().documents[0];
  if (first) await useDocumentStore.getState().open(first.id);
}
