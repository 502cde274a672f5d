// Switches to the coding view and selects a passage there.
import { useUiStore } from '../../stores/ui-store';
import { openPassage } from '../search/open-passage';

export function openInEditor(documentId: string, start: number, end: number): Promise<void> {
  useUiStore.getState().setView('coding');
  return openPassage(documentId, start, end);
}
