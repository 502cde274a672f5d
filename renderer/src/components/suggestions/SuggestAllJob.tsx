// Runs the suggester over all documents in the background and shows progress, then the count per document.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestAllResult } from '../../../../shared/api/channels/suggestions';
import type { JobStatusDto } from '../../../../shared/api/channels/jobs';
import { api } from '../../api/api-client';
import { validation } from '../../api/validation';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';

const POLL_MS = 300;

export function SuggestAllJob() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<JobStatusDto | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<SuggestAllResult | null>(null);

  useEffect(() => {
    if (!jobId) return;
    let live = true;
    const poll = async () => {
      const next = await attempt(() => api.call('jobs:status', { jobId }));
      if (!live || !next) return;
      if (next.finished) {
        const parsed = (await validation()).suggestAllResultSchema.safeParse(next.result);
        if (!live) return;
        setResult(parsed.success ? parsed.data : null);
      }
      setStatus(next);
      if (!next.finished) setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      live = false;
    };
  }, [jobId]);

  const start = async () => {
    const started = await attempt(() => api.call('suggestions:startAll', {}));
    if (started) {
      setStatus(null);
      setResult(null);
      setJobId(started.jobId);
    }
  };

  const running = jobId !== null && !status?.finished;

  return (
    <div className="suggest-all">
      <button type="button" className="small" disabled={running} onClick={() => void start()}>
        {t('suggestions.all.start')}
      </button>
      {running && (
        <div className="suggest-all-progress">
          <progress
            max={status?.total ?? 1}
            value={status?.done ?? 0}
            aria-label={t('suggestions.all.progress')}
          />
          <span>
            {t('suggestions.all.counting', { done: status?.done ?? 0, total: status?.total ?? '…' })}
          </span>
        </div>
      )}
      {status?.error && <p className="search-error">{status.error}</p>}
      {result && (
        <details className="suggest-all-result" open>
          <summary>
            {t('suggestions.all.done', { count: result.total, documents: result.byDocument.length })}
          </summary>
          <ul>
            {result.byDocument
              .filter((d) => d.count > 0)
              .map((d) => (
                <li key={d.documentId}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void attempt(() => useDocumentStore.getState().open(d.documentId))}
                  >
                    {d.respondent}
                  </button>{' '}
                  <span className="count">{d.count}</span>
                </li>
              ))}
          </ul>
        </details>
      )}
    </div>
  );
}
