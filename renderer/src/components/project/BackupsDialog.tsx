// The backups of the open project: list them, back up now, and restore one after a confirmation.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { reloadProject } from '../../stores/reload-project';

type BackupList = Output<'backups:list'>;
type Backup = BackupList['backups'][number];

export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<BackupList | null>(null);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const when = (b: Backup) => new Date(b.createdAt).toLocaleString(i18n.language);

  const load = useCallback(async () => {
    const result = await attempt(() => api.call('backups:list', {}));
    if (result) setList(result);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const createNow = async () => {
    setBusy(true);
    const made = await attempt(() => api.call('backups:create', {}));
    setBusy(false);
    if (made) setMessage(t('backups.created'));
    await load();
  };

  const restore = async (backup: Backup) => {
    setBusy(true);
    const done = await attempt(async () => {
      await api.call('backups:restore', { fileName: backup.fileName });
      await reloadProject();
      return true;
    });
    setBusy(false);
    setConfirming(null);
    if (done) setMessage(t('backups.restored', { date: when(backup) }));
    await load();
  };

  return (
    <div className="modal-backdrop" onMouseDown={onClose}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="backups-dialog-title"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="backups-dialog-title">{t('backups.title')}</h2>
        <p className="hint">{t('backups.intro')}</p>
        {list && <p className="hint">{t('backups.folder', { folder: list.folder })}</p>}
        <p role="status">{message}</p>
        {confirming ? (
          <div role="alertdialog" aria-labelledby="backups-confirm-text">
            <p id="backups-confirm-text">{t('backups.confirm', { date: when(confirming) })}</p>
            <div className="row">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void restore(confirming)}
              >
                {t('backups.confirmYes')}
              </button>
              <button type="button" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : list && list.backups.length === 0 ? (
          <p>{t('backups.empty')}</p>
        ) : (
          <table className="backups-table">
            <thead>
              <tr>
                <th scope="col">{t('backups.date')}</th>
                <th scope="col">{t('backups.kind')}</th>
                <th scope="col">{t('backups.size')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {list?.backups.map((b) => (
                <tr key={b.fileName}>
                  <td>{when(b)}</td>
                  <td>{t(`backups.reason.${b.reason}`)}</td>
                  <td>{t('backups.kilobytes', { size: Math.ceil(b.sizeBytes / 1024) })}</td>
                  <td>
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={t('backups.restoreLabel', { date: when(b) })}
                      onClick={() => setConfirming(b)}
                    >
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="popover-actions">
          <button type="button" disabled={busy} onClick={() => void createNow()}>
            {t('backups.createNow')}
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
