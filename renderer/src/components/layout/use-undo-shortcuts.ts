// Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the last coding action, outside text fields.
import { useEffect } from 'react';
import { attempt } from '../../stores/error-store';
import { useUndoStore } from '../../stores/undo-store';

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.closest('.document-editor')) return false;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el.isContentEditable;
}

export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void attempt(() => useUndoStore.getState().undo());
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void attempt(() => useUndoStore.getState().redo());
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
