// "Sparar…" while a change is being written to the project file; shown only when a write takes a noticeable while.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../stores/document-store';
import './save-status.css';

/** A write answered sooner (nearly all) never shows, so nothing flickers on each save. */
export const SHOW_SAVING_AFTER_MS = 400;

/**
 * The count of writes in flight is always on the element (`data-pending-saves`); the words appear
 * only once a write has waited SHOW_SAVING_AFTER_MS, so the frame that draws a new highlight lays
 * out no new text here and starts no transition.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const pending = useDocumentStore((s) => s.pendingSaves);
  const busy = pending > 0;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), SHOW_SAVING_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);
  const shown = slow && busy;
  return (
    <span className={`save-status${shown ? ' busy' : ''}`} data-pending-saves={pending}>
      {shown ? t('editor.saving') : ''}
    </span>
  );
}
