// The project's documents, listed by respondent; choosing one opens it in the editor.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { ProgressSummary } from './ProgressSummary';

/** The list's repeated words, translated once per word (i18next per row costs ~40 µs × 3 × 300 rows). */
function useListWords() {
  const { t } = useTranslation();
  return useMemo(() => {
    const types = new Map<string, string>();
    const counts = new Map<number, string>();
    return {
      type: (type: string) => {
        let text = types.get(type);
        if (text === undefined) types.set(type, (text = t(`respondentType.${type}`)));
        return text;
      },
      count: (count: number) => {
        let text = counts.get(count);
        if (text === undefined) counts.set(count, (text = t('documents.annotationCount', { count })));
        return text;
      },
    };
  }, [t]);
}

export function DocumentList() {
  const { t } = useTranslation();
  const documents = useProjectStore((s) => s.documents);
  const currentId = useDocumentStore((s) => s.documentId);
  const words = useListWords();

  const open = (id: string) => {
    useUiStore.getState().closePopover();
    useUiStore.getState().selectAnnotation(null);
    void attempt(() => useDocumentStore.getState().open(id));
  };

  return (
    <nav className="document-list" aria-label={t('documents.title')}>
      <h2 className="panel-title">
        {t('documents.title')} <span className="count">{documents.length}</span>
      </h2>
      <ProgressSummary />
      {documents.length === 0 && <p className="muted panel-empty">{t('documents.empty')}</p>}
      <ul>
        {documents.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className={`document-item${d.id === currentId ? ' selected' : ''}`}
              aria-current={d.id === currentId ? 'page' : undefined}
              onClick={() => open(d.id)}
              title={d.fileName}
            >
              <span className="document-respondent">{d.respondent}</span>
              <span className="document-meta">
                {words.type(d.respondentType)}
                {' · '}
                {words.count(d.annotationCount)}
                {d.status === 'done' && <> · ✓ {t('documents.done')}</>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
