// Shows every failed action as a readable message in the UI language, until dismissed.
import { useTranslation } from 'react-i18next';
import { useErrorStore } from '../../stores/error-store';

export function ErrorBanner() {
  const { t } = useTranslation();
  const errors = useErrorStore((s) => s.errors);
  const dismiss = useErrorStore((s) => s.dismiss);
  if (!errors.length) return null;
  return (
    <div className="error-banner" role="alert">
      {errors.map((e) => (
        <div className="error-item" key={e.id}>
          <span>{t(`errors.${e.code}`, { ...e.params, defaultValue: e.message })}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(e.id)}
            aria-label={t('common.dismiss')}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
