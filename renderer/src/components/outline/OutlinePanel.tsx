// The open document's outline from its detected headings; choosing one scrolls to it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';

export function OutlinePanel() {
  const { t } = useTranslation();
  const doc = useDocumentStore((s) => s.document);
  const annotations = useDocumentStore((s) => s.annotations);
  const reveal = useUiStore((s) => s.revealRange);
  const headings = useMemo(() => {
    if (!doc) return [];
    const list = doc.blocks.filter((b) => b.type === 'heading');
    const end = doc.blocks.at(-1)?.end ?? 0;
    return list.map((h, i) => {
      const sectionEnd = list[i + 1]?.start ?? end;
      const coded = annotations.filter((a) => a.start < sectionEnd && a.end > h.start).length;
      return { ...h, title: doc.text.slice(h.start, h.end), coded };
    });
  }, [doc, annotations]);

  if (!doc) return <p className="muted panel-empty">{t('editor.pickDocument')}</p>;
  return (
    <nav className="outline" aria-label={t('outline.title')}>
      <h2 className="panel-title">{t('outline.title')}</h2>
      {headings.length === 0 && <p className="muted panel-empty">{t('outline.empty')}</p>}
      <ul>
        {headings.map((h) => (
          <li key={h.start} style={{ paddingLeft: `${((h.level ?? 2) - 1) * 10}px` }}>
            <button type="button" className="outline-item" onClick={() => reveal(h.start, h.end)}>
              <span>{h.title}</span>
              <span className={`outline-count${h.coded ? '' : ' uncoded'}`}>
                {h.coded ? t('outline.coded', { count: h.coded }) : t('outline.uncoded')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
