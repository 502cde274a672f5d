// The import dialog: choose files or a folder (or drop them), import with progress and Cancel, then a summary.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { Modal } from '../common/Modal';
import { filesFromDrop, filesFromInput } from './dropped-files';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportSummary } from './ImportSummary';
import { runImport, type ImportProgress, type ImportRunResult } from './run-import';

interface Props {
  onClose: () => void;
  /** Files dropped on the window before the dialog opened. */
  initialFiles?: File[];
}

export function ImportDialog({ onClose, initialFiles = [] }: Props) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>(initialFiles);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportRunResult | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const cancelled = useRef(false);
  const running = progress !== null && result === null;

  const add = (more: File[]) => setFiles((prev) => [...prev, ...more]);

  const start = async () => {
    cancelled.current = false;
    setCancelling(false);
    setProgress({ done: 0, total: files.length, current: null });
    const run = await attempt(() =>
      runImport(files, {
        call: (channel, input) => api.call(channel, input),
        onProgress: setProgress,
        isCancelled: () => cancelled.current,
      }),
    );
    await attempt(() => useProjectStore.getState().refreshDocuments());
    if (run) setResult(run);
    else setProgress(null);
  };

  const open = (documentId: string) => {
    useUiStore.getState().setView('coding');
    void attempt(() => useDocumentStore.getState().open(documentId));
    onClose();
  };

  const again = () => {
    setFiles([]);
    setProgress(null);
    setResult(null);
  };

  return (
    <Modal title={t('import.title')} onClose={running ? () => {} : onClose} wide>
      {!progress && (
        <div
          className="import-choose"
          onDragOver={(e) => {
            e.preventDefault();
            e.stopPropagation();
          }}
          onDrop={(e) => {
            e.preventDefault();
            e.stopPropagation();
            void filesFromDrop(e.dataTransfer).then(add);
          }}
        >
          <p>{t('import.intro')}</p>
          <div className="import-pickers">
            <label className="button-like">
              {t('import.chooseFiles')}
              <input
                type="file"
                multiple
                className="visually-hidden"
                accept=".pdf,.docx,.docm,.odt,.rtf,.txt,.text,.md"
                onChange={(e) => {
                  add(filesFromInput(e.target.files));
                  e.target.value = '';
                }}
              />
            </label>
            <label className="button-like">
              {t('import.chooseFolder')}
              <input
                type="file"
                multiple
                className="visually-hidden"
                ref={(el) => el?.setAttribute('webkitdirectory', '')}
                onChange={(e) => {
                  add(filesFromInput(e.target.files));
                  e.target.value = '';
                }}
              />
            </label>
            <span className="muted">{t('import.orDrop')}</span>
          </div>
          {files.length > 0 && (
            <>
              <p className="import-chosen">{t('import.chosen', { count: files.length })}</p>
              <ul className="import-list import-chosen-list">
                {files.map((f, i) => (
                  <li key={`${f.name}-${i}`}>
                    <span className="import-file">{f.webkitRelativePath || f.name}</span>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('import.removeNamed', { name: f.name })}
                      onClick={() => setFiles((prev) => prev.filter((_, j) => j !== i))}
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {running && progress && <ImportProgressBar progress={progress} />}
      {result && <ImportSummary result={result} onOpen={open} />}
      <div className="popover-actions">
        <span className="spacer" />
        {!progress && (
          <button type="button" className="primary" disabled={!files.length} onClick={() => void start()}>
            {t('import.start', { count: files.length })}
          </button>
        )}
        {running && (
          <button
            type="button"
            disabled={cancelling}
            onClick={() => {
              cancelled.current = true;
              setCancelling(true);
            }}
          >
            {cancelling ? t('import.cancelling') : t('common.cancel')}
          </button>
        )}
        {result && (
          <button type="button" onClick={again}>
            {t('import.more')}
          </button>
        )}
        {!running && (
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        )}
      </div>
    </Modal>
  );
}
