// The top bar: project name, project menu, coder, colouring mode and language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { ProjectDialog } from '../project/ProjectDialog';
import { HEADER_ACTIONS } from './header-actions';
import { UndoButtons } from './UndoButtons';
import { ViewTabs } from './ViewTabs';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const info = useProjectStore((s) => s.info);
  const coder = useProjectStore((s) => s.coder);
  const [projectOpen, setProjectOpen] = useState(false);
  const [actionId, setActionId] = useState<string | null>(null);
  const action = HEADER_ACTIONS.find((a) => a.id === actionId);

  const changeCoder = () => {
    const name = window.prompt(t('coder.prompt'), coder?.name ?? '');
    if (name && name.trim()) void attempt(() => useProjectStore.getState().setCoderName(name.trim()));
  };

  return (
    <>
      <header className="app-header">
        <div className="brand">Remisskod</div>
        <div className="project-title" title={info?.path}>
          <strong>{info?.name}</strong>
          {info?.reportTitle && <span className="muted"> · {info.reportTitle}</span>}
        </div>
        <ViewTabs />
        <span className="spacer" />
        <UndoButtons />
        <button type="button" onClick={() => setProjectOpen(true)}>
          {t('project.menu')}
        </button>
        {HEADER_ACTIONS.map((a) => (
          <button
            type="button"
            key={a.id}
            onClick={() => setActionId(a.id)}
            aria-label={a.short ? t(a.labelKey) : undefined}
            title={a.short ? t(a.labelKey) : undefined}
          >
            {a.short ?? t(a.labelKey)}
          </button>
        ))}
        <button
          type="button"
          className="coder-button"
          onClick={changeCoder}
          title={`${t('coder.label')}: ${coder?.name ?? ''} — ${t('coder.change')}`}
          aria-label={`${t('coder.label')}: ${coder?.name ?? ''}`}
        >
          {coder?.name}
        </button>
        <select
          aria-label={t('header.language')}
          title={t('header.language')}
          value={i18n.language.startsWith('en') ? 'en' : 'sv'}
          onChange={(e) => void i18n.changeLanguage(e.target.value)}
        >
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </header>
      {projectOpen && <ProjectDialog onClose={() => setProjectOpen(false)} />}
      {action && <action.Dialog onClose={() => setActionId(null)} />}
    </>
  );
}
