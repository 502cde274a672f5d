// Search results grouped by document: respondent, hit count, and each hit's context with the match marked.
import { useTranslation } from 'react-i18next';
import type { DocumentResults } from '../../stores/search-store';
import { HitSnippet } from './HitSnippet';

interface Props {
  results: DocumentResults;
  active: number;
  onOpen: (index: number) => void;
}

export function DocumentHits({ results, active, onOpen }: Props) {
  const { t } = useTranslation();
  let index = 0;
  return (
    <div className="search-results" role="listbox" id="search-results" aria-label={t('search.results')}>
      {results.documents.map((doc) => (
        <div role="group" className="search-group" key={doc.documentId} aria-label={doc.respondent}>
          <div className="search-group-title">
            <span>{doc.respondent}</span>
            <span className="count">{t('search.hitCount', { count: doc.hitCount })}</span>
          </div>
          {doc.hits.map((hit) => {
            const i = index++;
            return (
              <div
                key={`${hit.start}`}
                id={`search-hit-${i}`}
                role="option"
                aria-selected={i === active}
                className={`search-hit${i === active ? ' active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onOpen(i)}
              >
                <HitSnippet snippet={hit.snippet} matchStart={hit.matchStart} matchEnd={hit.matchEnd} />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
