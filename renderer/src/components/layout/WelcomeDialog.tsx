// Asks for the coder's name once, on first start; every annotation records it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { Modal } from '../common/Modal';

export function WelcomeDialog() {
  const { t } = useTranslation();
  const [needed, setNeeded] = useState(false);
  const [name, setName] = useState('');
  useEffect(() => {
    void attempt(() => api.call('app:info', {})).then((info) => info && setNeeded(!info.coderChosen));
  }, []);
  if (!needed) return null;
  const save = async () => {
    const ok = await attempt(async () => {
      await useProjectStore.getState().setCoderName(name.trim());
      return true;
    });
    if (ok) setNeeded(false);
  };
  return (
    <Modal title={t('coder.welcomeTitle')} onClose={() => undefined}>
      <p>{t('coder.welcomeText')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void save();
        }}
      >
        <label className="field-label" htmlFor="welcome-name">
          {t('coder.nameLabel')}
        </label>
        <div className="row">
          <input
            id="welcome-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
            autoComplete="name"
          />
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('coder.start')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
