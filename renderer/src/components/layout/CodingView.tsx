// The coding view: sidebar (documents, outline, codebook, …), the document editor, the annotation panel.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterAnnotations } from '../../../../shared/highlights/filter-annotations';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { AnnotationPanel } from '../annotations/AnnotationPanel';
import { DocumentSlots } from '../editor/DocumentSlots';
import { DocumentHeader } from '../editor/DocumentHeader';
import { Sidebar } from './Sidebar';

/** `shown` false: kept rendered but hidden (content-visibility), while another view is on screen. */
export function CodingView({ shown = true }: { shown?: boolean }) {
  const { t } = useTranslation();
  const loaded = useProjectStore((s) => s.loaded);
  const doc = useDocumentStore((s) => s.document);
  const annotations = useDocumentStore((s) => s.annotations);
  const filter = useUiStore((s) => s.highlightFilter);
  const [showRaw, setShowRaw] = useState(false);
  const toggleRaw = useCallback(() => setShowRaw((v) => !v), []);
  const reader = useRef<HTMLElement>(null);
  const visible = useMemo(() => filterAnnotations(annotations, filter), [annotations, filter]);
  return (
    <div className="workspace" data-hidden={shown ? undefined : ''} aria-hidden={shown ? undefined : true}>
      <Sidebar />
      <main ref={reader} className={`reader${showRaw ? ' with-raw' : ''}`} aria-label={t('editor.region')}>
        {!loaded && <p className="muted panel-empty">{t('common.loading')}</p>}
        {loaded && !doc && <p className="muted panel-empty">{t('editor.pickDocument')}</p>}
        {doc && (
          <div className="reader-columns">
            <article className="document-view">
              <DocumentHeader document={doc} showRaw={showRaw} onToggleRaw={toggleRaw} />
              <DocumentSlots doc={doc} scroller={reader} />
            </article>
            {showRaw && (
              <section className="raw-view" aria-label={t('editor.rawLabel')}>
                <h2 className="panel-title">{t('editor.rawLabel')}</h2>
                <pre>{doc.rawText}</pre>
              </section>
            )}
          </div>
        )}
      </main>
      <AnnotationPanel annotations={visible} />
    </div>
  );
}
