// The project's documents, listed by respondent; choosing one opens it in the editor.
import { useTranslation } from 'react-i18next';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { ProgressSummary } from './ProgressSummary';

export function DocumentList() {
  const { t } = useTranslation();
  const documents = useProjectStore((s) => s.documents);
  const currentId = useDocumentStore((s) => s.documentId);

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
                {t(`respondentType.${d.respondentType}`)}
                {' · '}
                {t('documents.annotationCount', { count: d.annotationCount })}
                {d.status === 'done' && <> · ✓ {t('documents.done')}</>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
