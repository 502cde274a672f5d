// Project handling in the UI: create a project file, open one by path, or pick a recent one.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { reloadProject } from '../../stores/reload-project';
import { BackupsDialog } from './BackupsDialog';

export function ProjectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<Output<'project:recent'>>([]);
  const [newName, setNewName] = useState('');
  const [openPath, setOpenPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);

  useEffect(() => {
    void attempt(() => api.call('project:recent', {})).then((r) => r && setRecent(r));
  }, []);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    const ok = await attempt(async () => {
      await action();
      await reloadProject();
      return true;
    });
    setBusy(false);
    if (ok) onClose();
  };

  if (backupsOpen) return <BackupsDialog onClose={() => setBackupsOpen(false)} />;

  return (
    <div className="modal-backdrop" onMouseDown={onClose}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="project-dialog-title"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="project-dialog-title">{t('project.dialogTitle')}</h2>
        <section>
          <h3>{t('project.new')}</h3>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (newName.trim())
                void run(() => api.call('project:create', { path: newName.trim(), name: newName.trim() }));
            }}
          >
            <label className="field-label" htmlFor="new-project-name">
              {t('project.newName')}
            </label>
            <div className="row">
              <input
                id="new-project-name"
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
                autoFocus
              />
              <button type="submit" className="primary" disabled={busy || !newName.trim()}>
                {t('project.create')}
              </button>
            </div>
            <p className="hint">{t('project.newHint')}</p>
          </form>
        </section>
        <section>
          <h3>{t('project.open')}</h3>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (openPath.trim()) void run(() => api.call('project:open', { path: openPath.trim() }));
            }}
          >
            <label className="field-label" htmlFor="open-project-path">
              {t('project.openPath')}
            </label>
            <div className="row">
              <input id="open-project-path" value={openPath} onChange={(e) => setOpenPath(e.target.value)} />
              <button type="submit" disabled={busy || !openPath.trim()}>
                {t('project.openButton')}
              </button>
            </div>
          </form>
        </section>
        <section>
          <h3>{t('project.recent')}</h3>
          <ul className="recent-list">
            {recent.map((r) => (
              <li key={r.path}>
                <button
                  type="button"
                  className="link-button"
                  disabled={!r.exists || busy}
                  onClick={() => void run(() => api.call('project:open', { path: r.path }))}
                >
                  {r.name}
                </button>
                <span className="muted"> {r.path}</span>
              </li>
            ))}
          </ul>
        </section>
        <div className="popover-actions">
          <button type="button" onClick={() => setBackupsOpen(true)}>
            {t('backups.button')}
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
