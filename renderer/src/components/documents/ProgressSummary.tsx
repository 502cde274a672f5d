// Coding progress: documents marked done of the total, for each coder.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';

export function ProgressSummary() {
  const { t } = useTranslation();
  const documents = useProjectStore((s) => s.documents);
  const info = useProjectStore((s) => s.info);
  const coder = useProjectStore((s) => s.coder);
  const [progress, setProgress] = useState<Output<'progress:get'> | null>(null);
  // read again when a status changes or the project is (re)loaded, not when only counts change
  const statuses = useMemo(() => documents.map((d) => `${d.id}:${d.status}`).join(' '), [documents]);
  useEffect(() => {
    void attempt(() => api.call('progress:get', {})).then(setProgress);
  }, [statuses, info]);
  if (!progress || !progress.total) return null;
  const others = progress.coders.filter((c) => c.done > 0 && c.coderId !== coder?.id);
  const mine = progress.coders.find((c) => c.coderId === coder?.id)?.done ?? 0;
  return (
    <div className="progress-summary" aria-label={t('progress.label')}>
      <div className="progress-line">
        <span>{t('progress.mine', { done: mine, total: progress.total })}</span>
        <progress max={progress.total} value={mine} aria-label={t('progress.label')} />
      </div>
      {others.map((c) => (
        <div className="progress-line muted" key={c.coderId}>
          {t('progress.other', { name: c.name, done: c.done, total: progress.total })}
        </div>
      ))}
    </div>
  );
}
