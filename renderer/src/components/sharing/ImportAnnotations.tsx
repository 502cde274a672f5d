// Imports a colleague's annotation file: pick it, read the preview, confirm name matches, apply.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/api-client';
import { readFileText } from '../../api/download';
import { attempt } from '../../stores/error-store';
import { reloadProject } from '../../stores/reload-project';
import { ImportPreview } from './ImportPreview';

type Preview = Output<'sharing:previewAnnotations'>;
type Result = Output<'sharing:applyAnnotations'>;

export function ImportAnnotations({ onShowOrphans }: { onShowOrphans: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ fileName: string; content: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [createCodes, setCreateCodes] = useState(true);
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (picked: File | undefined) => {
    setPreview(null);
    setResult(null);
    if (!picked) return;
    const next = { fileName: picked.name, content: await readFileText(picked) };
    setFile(next);
    const p = await attempt(() => api.call('sharing:previewAnnotations', next));
    if (p) {
      setPreview(p);
      setConfirmed([]);
    }
  };

  const apply = async () => {
    if (!file) return;
    setBusy(true);
    const r = await attempt(() =>
      api.call('sharing:applyAnnotations', { ...file, confirmDocuments: confirmed, createCodes }),
    );
    setBusy(false);
    if (!r) return;
    setResult(r);
    setPreview(null);
    await attempt(reloadProject);
  };

  return (
    <section>
      <p className="hint">{t('sharing.import.intro')}</p>
      <label className="field-label" htmlFor="annotation-file">
        {t('sharing.import.pick')}
      </label>
      <input
        id="annotation-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      {preview && (
        <>
          <ImportPreview
            preview={preview}
            confirmed={confirmed}
            onConfirm={(id, yes) => setConfirmed((xs) => (yes ? [...xs, id] : xs.filter((x) => x !== id)))}
          />
          {preview.summary.newCodes > 0 && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={createCodes}
                onChange={(e) => setCreateCodes(e.target.checked)}
              />
              {t('sharing.import.createCodes', { count: preview.summary.newCodes })}
            </label>
          )}
          <div className="row">
            <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
              {t('sharing.import.apply')}
            </button>
          </div>
        </>
      )}
      {result && (
        <div className="sharing-done" role="status">
          <p>{t('sharing.import.done', result)}</p>
          {result.orphaned > 0 && (
            <button type="button" className="link-button" onClick={onShowOrphans}>
              {t('sharing.import.showOrphans', { count: result.orphaned })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
