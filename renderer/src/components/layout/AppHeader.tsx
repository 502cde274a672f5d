// The top bar: project name, project menu, coder, colouring mode and language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { useUiStore, type ColourBy } from '../../stores/ui-store';
import { ProjectDialog } from '../project/ProjectDialog';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const info = useProjectStore((s) => s.info);
  const coder = useProjectStore((s) => s.coder);
  const colourBy = useUiStore((s) => s.colourBy);
  const setColourBy = useUiStore((s) => s.setColourBy);
  const [projectOpen, setProjectOpen] = useState(false);

  const changeCoder = () => {
    const name = window.prompt(t('coder.prompt'), coder?.name ?? '');
    if (name && name.trim()) void attempt(() => useProjectStore.getState().setCoderName(name.trim()));
  };

  return (
    <header className="app-header">
      <div className="brand">Remisskod</div>
      <div className="project-title" title={info?.path}>
        <strong>{info?.name}</strong>
        {info?.reportTitle && <span className="muted"> · {info.reportTitle}</span>}
      </div>
      <span className="spacer" />
      <button type="button" onClick={() => setProjectOpen(true)}>
        {t('project.menu')}
      </button>
      <button type="button" onClick={changeCoder} title={t('coder.change')}>
        {t('coder.label')}: {coder?.name}
      </button>
      <label className="inline-field">
        {t('header.colourBy')}{' '}
        <select value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourBy)}>
          <option value="stance">{t('header.colourByStance')}</option>
          <option value="proposal">{t('header.colourByProposal')}</option>
        </select>
      </label>
      <label className="inline-field">
        {t('header.language')}{' '}
        <select
          value={i18n.language.startsWith('en') ? 'en' : 'sv'}
          onChange={(e) => void i18n.changeLanguage(e.target.value)}
        >
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </label>
      {projectOpen && <ProjectDialog onClose={() => setProjectOpen(false)} />}
    </header>
  );
}
