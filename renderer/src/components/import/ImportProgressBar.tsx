// The progress of a running import: a bar, "3 av 12 filer" and the file being read now.
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from './run-import';

export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const { t } = useTranslation();
  return (
    <div className="import-progress">
      <progress max={progress.total || 1} value={progress.done} aria-label={t('import.progressLabel')} />
      <p className="import-progress-count" aria-live="polite">
        {t('import.counting', { done: progress.done, total: progress.total })}
        {progress.current && (
          <>
            {' · '}
            <span className="import-current">{t('import.current', { name: progress.current })}</span>
          </>
        )}
      </p>
    </div>
  );
}
