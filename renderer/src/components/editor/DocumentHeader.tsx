// Above the text: respondent and metadata, the "done" mark, the document memo and the raw-text toggle.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFull } from '../../../../shared/domain/types';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { MemoEditor } from '../memo/MemoEditor';
import { DocumentMetaForm } from './DocumentMetaForm';
import { SaveStatus } from './SaveStatus';

interface Props {
  document: DocumentFull;
  showRaw: boolean;
  onToggleRaw: () => void;
}

/** Memoised: saving an annotation changes nothing here. */
export const DocumentHeader = memo(function DocumentHeader({ document: doc, showRaw, onToggleRaw }: Props) {
  const { t, i18n } = useTranslation();
  const [editingId, setEditingId] = useState<string | null>(null);
  const date = doc.date
    ? new Date(`${doc.date}T12:00:00`).toLocaleDateString(i18n.language, { dateStyle: 'long' })
    : null;
  return (
    <header className="document-header">
      <h1>{doc.respondent}</h1>
      <p className="muted">
        {t(`respondentType.${doc.respondentType}`)} · {doc.fileName}
        {date && <> · {date}</>}
        {doc.diaryNumber && <> · {doc.diaryNumber}</>}
      </p>
      {editingId === doc.id && (
        <DocumentMetaForm key={`meta-${doc.id}`} document={doc} onDone={() => setEditingId(null)} />
      )}
      <div className="document-actions">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={doc.status === 'done'}
            onChange={(e) => void attempt(() => useDocumentStore.getState().setStatus(e.target.checked))}
          />
          {t('documents.markDone')}
        </label>
        <button
          type="button"
          className="link-button"
          onClick={() => setEditingId(editingId === doc.id ? null : doc.id)}
          aria-expanded={editingId === doc.id}
        >
          {t('documentMeta.edit')}
        </button>
        <button type="button" className="link-button" onClick={onToggleRaw} aria-pressed={showRaw}>
          {showRaw ? t('editor.hideRaw') : t('editor.showRaw')}
        </button>
        <SaveStatus />
      </div>
      <MemoEditor
        key={doc.id}
        id={`memo-${doc.id}`}
        label={t('memo.documentLabel')}
        value={doc.memo}
        onSave={(memo) => attempt(() => useDocumentStore.getState().setMemo(memo)).then(() => undefined)}
      />
      <p className="hint">{t('editor.hint')}</p>
    </header>
  );
});
