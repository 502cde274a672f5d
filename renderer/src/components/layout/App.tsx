// The main window: header, document list, the editor, the annotation panel and the popover.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { reloadProject } from '../../stores/reload-project';
import { AnnotationPanel } from '../annotations/AnnotationPanel';
import { ErrorBanner } from '../common/ErrorBanner';
import { DocumentList } from '../documents/DocumentList';
import { DocumentEditor } from '../editor/DocumentEditor';
import { TagPopover } from '../tagging/TagPopover';
import { AppHeader } from './AppHeader';

function popoverKey(p: ReturnType<typeof useUiStore.getState>['popover']): string {
  if (p.kind === 'new') return `new-${p.start}-${p.end}`;
  if (p.kind === 'edit') return `edit-${p.annotationId}`;
  return 'closed';
}

export function App() {
  const { t } = useTranslation();
  const loaded = useProjectStore((s) => s.loaded);
  const doc = useDocumentStore((s) => s.document);
  const annotations = useDocumentStore((s) => s.annotations);
  const popover = useUiStore((s) => s.popover);

  useEffect(() => {
    void attempt(reloadProject);
    return window.remisskod?.on('project-changed', () => void attempt(reloadProject));
  }, []);

  return (
    <div className="app">
      <AppHeader />
      <ErrorBanner />
      <div className="workspace">
        <DocumentList />
        <main className="reader" aria-label={t('editor.region')}>
          {!loaded && <p className="muted panel-empty">{t('common.loading')}</p>}
          {loaded && !doc && <p className="muted panel-empty">{t('editor.pickDocument')}</p>}
          {doc && (
            <article className="document-view">
              <header className="document-header">
                <h1>{doc.respondent}</h1>
                <p className="muted">
                  {doc.fileName}
                  {doc.date && <> · {doc.date}</>}
                  {doc.diaryNumber && <> · {doc.diaryNumber}</>}
                </p>
                <p className="hint">{t('editor.hint')}</p>
              </header>
              <DocumentEditor key={doc.id} document={doc} annotations={annotations} />
            </article>
          )}
        </main>
        <AnnotationPanel />
      </div>
      {popover.kind !== 'closed' && <TagPopover key={popoverKey(popover)} />}
    </div>
  );
}
