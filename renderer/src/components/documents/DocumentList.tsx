// The project's documents, listed by respondent; choosing one opens it in the editor.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/types';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { useFirstRowsThenAll } from '../common/use-first-rows-then-all';
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

type ListWords = ReturnType<typeof useListWords>;

/**
 * Rows in the list's first frame: more than a screenful. With 300 answers, drawing them all
 * before the first paint cost ~80 ms of the project's opening; the rest follow a frame later.
 */
const FIRST_ROWS = 40;

/** One answer in the list; re-renders only when its summary (kept by `keepUnchanged`) or its selection changes. */
const DocumentRow = memo(function DocumentRow({
  document: d,
  selected,
  words,
  doneLabel,
  onOpen,
}: {
  document: DocumentSummary;
  selected: boolean;
  words: ListWords;
  doneLabel: string;
  onOpen: (id: string) => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`document-item${selected ? ' selected' : ''}`}
        aria-current={selected ? 'page' : undefined}
        onClick={() => onOpen(d.id)}
        title={d.fileName}
      >
        <span className="document-respondent">{d.respondent}</span>
        <span className="document-meta">
          {words.type(d.respondentType)}
          {' · '}
          {words.count(d.annotationCount)}
          {d.status === 'done' && <> · ✓ {doneLabel}</>}
        </span>
      </button>
    </li>
  );
});

function openDocument(id: string): void {
  useUiStore.getState().closePopover();
  useUiStore.getState().selectAnnotation(null);
  const docs = useDocumentStore.getState();
  // the shown answer clicked again is checked for changes, not read again: reading it again took
  // a second on a 300-page answer and dropped the answer kept for switching back
  if (docs.documentId === id && docs.document?.id === id) void attempt(() => docs.refresh());
  else void attempt(() => docs.open(id));
}

export function DocumentList() {
  const { t } = useTranslation();
  const documents = useProjectStore((s) => s.documents);
  const currentId = useDocumentStore((s) => s.documentId);
  const words = useListWords();
  const drawn = useFirstRowsThenAll(documents.length, FIRST_ROWS);
  const rows = drawn < documents.length ? documents.slice(0, drawn) : documents;

  return (
    <nav className="document-list" aria-label={t('documents.title')}>
      <h2 className="panel-title">
        {t('documents.title')} <span className="count">{documents.length}</span>
      </h2>
      <ProgressSummary />
      {documents.length === 0 && <p className="muted panel-empty">{t('documents.empty')}</p>}
      <ul>
        {rows.map((d) => (
          <DocumentRow
            key={d.id}
            document={d}
            selected={d.id === currentId}
            words={words}
            doneLabel={t('documents.done')}
            onOpen={openDocument}
          />
        ))}
      </ul>
    </nav>
  );
}
