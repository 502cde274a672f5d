// Side panel: the open document's annotations in reading order; click one to jump to it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../stores/document-store';
import { codeById, stanceById, useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import type { Annotation } from '../../../../shared/domain/types';
import { HighlightFilterBar } from './HighlightFilterBar';
import { AnnotationListItem } from './AnnotationListItem';
import './annotation-list.css';
import { useIncrementalCount } from './use-incremental-count';
import { useValueAfterPaint } from '../common/use-value-after-paint';

export function AnnotationPanel({ annotations: current }: { annotations: Annotation[] }) {
  const { t, i18n } = useTranslation();
  const documentId = useDocumentStore((s) => s.documentId);
  // the panel follows a tag (or a selection) once the new highlight has been painted, alone
  const annotations = useValueAfterPaint(current, documentId);
  const total = useValueAfterPaint(
    useDocumentStore((s) => s.annotations.length),
    documentId,
  );
  const selectedId = useValueAfterPaint(
    useUiStore((s) => s.selectedAnnotationId),
    documentId,
  );
  // Long lists render in pages as they scroll into view: 5,000 entries at once cost seconds.
  const { count: shown, sentinel } = useIncrementalCount(annotations.length, documentId);
  const codes = useProjectStore((s) => s.codes);
  const stances = useProjectStore((s) => s.stances);
  const coders = useProjectStore((s) => s.coders);
  const selectAnnotation = useUiStore((s) => s.selectAnnotation);
  const codeMap = useMemo(() => codeById(codes), [codes]);
  const stanceMap = useMemo(() => stanceById(stances), [stances]);
  const coderNames = useMemo(() => new Map(coders.map((c) => [c.id, c.name])), [coders]);
  const en = i18n.language.startsWith('en');
  // the same element while what it shows is the same: a save's own render reconciles none of it
  const entries = useMemo(
    () =>
      annotations
        .slice(0, shown)
        .map((a) => (
          <AnnotationListItem
            key={a.id}
            annotation={a}
            selected={a.id === selectedId}
            codeMap={codeMap}
            stanceMap={stanceMap}
            english={en}
            coderName={coderNames.get(a.coderId) ?? ''}
            onSelect={selectAnnotation}
          />
        )),
    [annotations, shown, selectedId, codeMap, stanceMap, en, coderNames, selectAnnotation],
  );

  return (
    <aside className="annotation-panel" aria-label={t('annotations.title')}>
      <h2 className="panel-title">
        {t('annotations.title')}{' '}
        <span className="count">
          {annotations.length === total
            ? total
            : t('annotations.filtered', { shown: annotations.length, total })}
        </span>
      </h2>
      <HighlightFilterBar />
      {annotations.length === 0 && <p className="muted panel-empty">{t('annotations.empty')}</p>}
      <ol className="annotation-list">
        {entries}
        {shown < annotations.length && (
          <li ref={sentinel} className="annotation-list-more" aria-hidden="true" />
        )}
      </ol>
    </aside>
  );
}
