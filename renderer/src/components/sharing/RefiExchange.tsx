// REFI-QDA exchange: export the project (.qdpx) or the codebook (.qdc); import a .qdpx.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/api-client';
import { base64ToBytes, downloadFile } from '../../api/download';
import { attempt } from '../../stores/error-store';
import { reloadProject } from '../../stores/reload-project';
import { bytesToBase64 } from './bytes-to-base64';

type Result = Output<'sharing:importQdpx'>;

export function RefiExchange({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'into-current' | 'new-project'>('into-current');
  const [newName, setNewName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);

  const exportQdpx = () =>
    void attempt(async () => {
      const { fileName, base64 } = await api.call('sharing:exportQdpx', {});
      downloadFile(fileName, base64ToBytes(base64), 'application/zip');
    });
  const exportQdc = () =>
    void attempt(async () => {
      const { fileName, content } = await api.call('sharing:exportQdc', {});
      downloadFile(fileName, content, 'application/xml');
    });
  const importQdpx = async () => {
    if (!file) return;
    setBusy(true);
    const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const r = await attempt(() =>
      api.call('sharing:importQdpx', {
        fileName: file.name,
        base64,
        mode,
        ...(mode === 'new-project' ? { newProjectPath: newName.trim() } : {}),
      }),
    );
    setBusy(false);
    if (!r) return;
    setResult(r);
    await attempt(reloadProject);
    if (mode === 'new-project' && r.problems.length === 0) onClose();
  };

  return (
    <section>
      <p className="hint">{t('sharing.refi.intro')}</p>
      <div className="row">
        <button type="button" onClick={exportQdpx}>
          {t('sharing.refi.exportQdpx')}
        </button>
        <button type="button" onClick={exportQdc}>
          {t('sharing.refi.exportQdc')}
        </button>
      </div>
      <h3>{t('sharing.refi.importTitle')}</h3>
      <label className="field-label" htmlFor="qdpx-file">
        {t('sharing.refi.pick')}
      </label>
      <input
        id="qdpx-file"
        type="file"
        accept=".qdpx"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <fieldset className="plain-fieldset">
        <label className="checkbox">
          <input type="radio" checked={mode === 'into-current'} onChange={() => setMode('into-current')} />
          {t('sharing.refi.intoCurrent')}
        </label>
        <label className="checkbox">
          <input type="radio" checked={mode === 'new-project'} onChange={() => setMode('new-project')} />
          {t('sharing.refi.newProject')}
        </label>
        {mode === 'new-project' && (
          <input
            aria-label={t('sharing.refi.newName')}
            placeholder={t('sharing.refi.newName')}
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
          />
        )}
      </fieldset>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!file || busy || (mode === 'new-project' && !newName.trim())}
          onClick={() => void importQdpx()}
        >
          {t('sharing.refi.import')}
        </button>
      </div>
      {result && (
        <div className="sharing-done" role="status">
          <p>{t('sharing.refi.done', result)}</p>
          {result.problems.length > 0 && (
            <ul className="hint">
              {result.problems.slice(0, 20).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
