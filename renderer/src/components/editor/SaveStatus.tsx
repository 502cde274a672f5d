// "Sparar…" while a change is being written to the project file; shown only when a write takes a noticeable while.
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../stores/document-store';
import './save-status.css';

export function SaveStatus() {
  const { t } = useTranslation();
  const pending = useDocumentStore((s) => s.pendingSaves);
  return (
    <span className={`save-status${pending > 0 ? ' busy' : ''}`} data-pending-saves={pending}>
      {pending > 0 ? t('editor.saving') : ''}
    </span>
  );
}
