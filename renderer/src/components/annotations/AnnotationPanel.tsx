// Side panel: the open document's annotations in reading order; click one to jump to it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../stores/document-store';
import { codeById, stanceById, useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { StanceLabel } from '../common/StanceLabel';

export function AnnotationPanel() {
  const { t, i18n } = useTranslation();
  const annotations = useDocumentStore((s) => s.annotations);
  const codes = useProjectStore((s) => s.codes);
  const stances = useProjectStore((s) => s.stances);
  const coders = useProjectStore((s) => s.coders);
  const selectedId = useUiStore((s) => s.selectedAnnotationId);
  const selectAnnotation = useUiStore((s) => s.selectAnnotation);
  const codeMap = useMemo(() => codeById(codes), [codes]);
  const stanceMap = useMemo(() => stanceById(stances), [stances]);
  const en = i18n.language.startsWith('en');

  return (
    <aside className="annotation-panel" aria-label={t('annotations.title')}>
      <h2 className="panel-title">
        {t('annotations.title')} <span className="count">{annotations.length}</span>
      </h2>
      {annotations.length === 0 && <p className="muted panel-empty">{t('annotations.empty')}</p>}
      <ol className="annotation-list">
        {annotations.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className={`annotation-item${a.id === selectedId ? ' selected' : ''}`}
              onClick={() => selectAnnotation(a.id, true)}
              aria-current={a.id === selectedId ? 'true' : undefined}
            >
              <span className="annotation-quote">
                “{a.exact.length > 140 ? `${a.exact.slice(0, 140)}…` : a.exact}”
              </span>
              {a.tags.map((tag) => {
                const code = codeMap.get(tag.codeId);
                const stance = tag.stanceId ? stanceMap.get(tag.stanceId) : undefined;
                return (
                  <span className="annotation-tag" key={tag.codeId}>
                    <span className="code-swatch" style={{ background: code?.colour }} aria-hidden="true" />
                    <span className="code-section">{code?.section}</span> {code?.title ?? tag.codeId}
                    {stance && (
                      <>
                        {' · '}
                        <StanceLabel stance={stance} english={en} />
                      </>
                    )}
                  </span>
                );
              })}
              {a.comment && <span className="annotation-comment">{a.comment}</span>}
              <span className="annotation-meta">{coders.find((c) => c.id === a.coderId)?.name ?? ''}</span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
