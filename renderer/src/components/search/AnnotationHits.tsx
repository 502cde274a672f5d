// Annotations found by a search within annotations, grouped by document, with their tags, coder and comment.
import { useTranslation } from 'react-i18next';
import type { AnnotationResults } from '../../stores/search-store';

interface Props {
  results: AnnotationResults;
  active: number;
  onOpen: (index: number) => void;
}

export function AnnotationHits({ results, active, onOpen }: Props) {
  const { t } = useTranslation();
  const groups = new Map<string, AnnotationResults>();
  for (const r of results) groups.set(r.documentId, [...(groups.get(r.documentId) ?? []), r]);
  let index = 0;
  return (
    <div className="search-results" role="listbox" id="search-results" aria-label={t('search.results')}>
      {[...groups.values()].map((list) => (
        <div role="group" className="search-group" key={list[0]!.documentId} aria-label={list[0]!.respondent}>
          <div className="search-group-title">
            <span>{list[0]!.respondent}</span>
            <span className="count">{t('search.annotationCount', { count: list.length })}</span>
          </div>
          {list.map((r) => {
            const i = index++;
            return (
              <div
                key={r.annotationId}
                id={`search-hit-${i}`}
                role="option"
                aria-selected={i === active}
                className={`search-hit${i === active ? ' active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onOpen(i)}
              >
                <span className="search-annotation-tags">{r.tagLabels.join('; ')}</span>
                <span className="hit-snippet">
                  “{r.exact.length > 140 ? `${r.exact.slice(0, 140)}…` : r.exact}”
                </span>
                <span className="search-annotation-meta">
                  {r.coderName}
                  {r.comment && <> · {r.comment}</>}
                </span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
