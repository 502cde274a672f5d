// The sidebar's search: a query over all answers (or within annotations), hits by document, keyboard navigation, tag all hits.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchStore } from '../../stores/search-store';
import { useUndoStore, type UndoEntry } from '../../stores/undo-store';
import { AnnotationHits } from './AnnotationHits';
import { DocumentHits } from './DocumentHits';
import { openAnnotation, openPassage } from './open-passage';
import { TagAllDialog } from './TagAllDialog';

const DEBOUNCE_MS = 250;

export function SearchPanel() {
  const { t } = useTranslation();
  const { query, mode, documentResults, annotationResults, active, error, searching } = useSearchStore();
  const { setQuery, setMode, setActive, run } = useSearchStore.getState();
  const [tagAllOpen, setTagAllOpen] = useState(false);
  const [tagged, setTagged] = useState<{ count: number; entry: UndoEntry } | null>(null);
  const undoTop = useUndoStore((s) => s.past[s.past.length - 1]);
  const firstRun = useRef(true);

  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    const timer = setTimeout(() => void run(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, mode, run]);

  const flat = useMemo(
    () =>
      mode === 'documents'
        ? (documentResults?.documents ?? []).flatMap((d) =>
            d.hits.map((h) => () => void openPassage(d.documentId, h.start, h.end)),
          )
        : (annotationResults ?? []).map((r) => () => void openAnnotation(r.documentId, r.annotationId)),
    [mode, documentResults, annotationResults],
  );

  useEffect(() => {
    document.getElementById(`search-hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, flat]);

  const openAt = (index: number) => {
    setActive(index);
    flat[index]?.();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (flat.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(flat.length - 1, active + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openAt(active);
    }
  };

  const hitCount =
    mode === 'documents' ? (documentResults?.totalHits ?? 0) : (annotationResults?.length ?? 0);
  const documentCount =
    mode === 'documents'
      ? (documentResults?.documents.length ?? 0)
      : new Set((annotationResults ?? []).map((r) => r.documentId)).size;
  const hasResults = mode === 'documents' ? documentResults !== null : annotationResults !== null;

  return (
    <section className="search-panel" aria-label={t('search.title')}>
      <h2 className="panel-title">{t('search.title')}</h2>
      <div className="search-form">
        <label className="field-label" htmlFor="search-query">
          {mode === 'documents' ? t('search.queryLabel') : t('search.annotationQueryLabel')}
        </label>
        <input
          id="search-query"
          type="search"
          className="search-input"
          value={query}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          role="combobox"
          aria-expanded={flat.length > 0}
          aria-controls="search-results"
          aria-activedescendant={flat.length > 0 ? `search-hit-${active}` : undefined}
          aria-describedby="search-help"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id="search-help" className="muted search-help">
          {mode === 'documents' ? t('search.help') : t('search.annotationHelp')}
        </p>
        <label className="search-mode">
          <input
            type="checkbox"
            checked={mode === 'annotations'}
            onChange={(e) => setMode(e.target.checked ? 'annotations' : 'documents')}
          />{' '}
          {t('search.inAnnotations')}
        </label>
      </div>
      {error && (
        <p className="search-error" role="alert">
          {t(`errors.${error.code}`, error.params)}
        </p>
      )}
      {hasResults && !error && (
        <div className="search-summary" aria-live="polite">
          <span>
            {searching
              ? t('search.searching')
              : t('search.summary', { count: hitCount, documents: documentCount })}
            {mode === 'documents' && documentResults?.truncated && ` ${t('search.truncated')}`}
          </span>
          {mode === 'documents' && hitCount > 0 && (
            <button type="button" className="small" onClick={() => setTagAllOpen(true)}>
              {t('search.tagAll.open')}
            </button>
          )}
        </div>
      )}
      {tagged && (
        <div className="search-tagged" role="status">
          <span>{t('search.tagAll.done', { count: tagged.count })}</span>
          {undoTop === tagged.entry && (
            <button
              type="button"
              className="small"
              onClick={() =>
                void useUndoStore
                  .getState()
                  .undo()
                  .then(() => setTagged(null))
              }
            >
              {t('search.tagAll.undo')}
            </button>
          )}
        </div>
      )}
      {mode === 'documents' && documentResults && (
        <DocumentHits results={documentResults} active={active} onOpen={openAt} />
      )}
      {mode === 'annotations' && annotationResults && (
        <AnnotationHits results={annotationResults} active={active} onOpen={openAt} />
      )}
      {tagAllOpen && documentResults && (
        <TagAllDialog
          results={documentResults}
          onClose={() => setTagAllOpen(false)}
          onTagged={(count, entry) => {
            setTagAllOpen(false);
            setTagged({ count, entry });
          }}
        />
      )}
    </section>
  );
}
