// Edits a document's details (respondent, type, date, diary number); saved through documents:updateMeta.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONDENT_TYPES, type DocumentFull, type RespondentType } from '../../../../shared/domain/types';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';

interface Props {
  document: DocumentFull;
  onDone: () => void;
}

export function DocumentMetaForm({ document: doc, onDone }: Props) {
  const { t } = useTranslation();
  const [respondent, setRespondent] = useState(doc.respondent);
  const [type, setType] = useState<RespondentType>(doc.respondentType);
  const [date, setDate] = useState(doc.date ?? '');
  const [diary, setDiary] = useState(doc.diaryNumber ?? '');
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `meta-${field}-${doc.id}`;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!respondent.trim()) return;
    setBusy(true);
    const summary = await attempt(() =>
      api.call('documents:updateMeta', {
        id: doc.id,
        respondent: respondent.trim(),
        respondentType: type,
        date: date || null,
        diaryNumber: diary.trim() || null,
      }),
    );
    setBusy(false);
    if (!summary) return;
    onDone();
    useDocumentStore.setState((s) =>
      s.document?.id === summary.id
        ? {
            document: {
              ...s.document,
              respondent: summary.respondent,
              respondentType: summary.respondentType,
              date: summary.date,
              diaryNumber: summary.diaryNumber,
            },
          }
        : {},
    );
    await attempt(() => useProjectStore.getState().refreshDocuments());
  };

  return (
    <form className="meta-form" onSubmit={(e) => void save(e)} aria-label={t('documentMeta.formLabel')}>
      <div className="meta-grid">
        <label htmlFor={id('respondent')}>{t('documentMeta.respondent')}</label>
        <input
          id={id('respondent')}
          value={respondent}
          onChange={(e) => setRespondent(e.target.value)}
          required
          maxLength={500}
          autoFocus
        />
        <label htmlFor={id('type')}>{t('documentMeta.type')}</label>
        <select id={id('type')} value={type} onChange={(e) => setType(e.target.value as RespondentType)}>
          {RESPONDENT_TYPES.map((rt) => (
            <option key={rt} value={rt}>
              {t(`respondentType.${rt}`)}
            </option>
          ))}
        </select>
        <label htmlFor={id('date')}>{t('documentMeta.date')}</label>
        <input id={id('date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <label htmlFor={id('diary')}>{t('documentMeta.diaryNumber')}</label>
        <input id={id('diary')} value={diary} onChange={(e) => setDiary(e.target.value)} maxLength={200} />
      </div>
      <div className="popover-actions">
        <button type="submit" className="primary" disabled={busy || !respondent.trim()}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
