// The header's view switcher: coding, matrix, per proposal, charts, agreement.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../stores/ui-store';
import { usePreloadViews } from './use-preload-views';
import { VIEWS } from './views';

export function ViewTabs() {
  const { t } = useTranslation();
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);
  usePreloadViews();
  if (VIEWS.length < 2) return null;
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          className={`view-tab${v.id === view ? ' active' : ''}`}
          aria-current={v.id === view ? 'page' : undefined}
          // the pointer nearing a tab, or the keyboard reaching it, starts reading its data
          onPointerEnter={v.id === view ? undefined : v.preload}
          onFocus={v.id === view ? undefined : v.preload}
          onClick={() => {
            if (v.id !== view) v.preload?.();
            setView(v.id);
          }}
        >
          {t(v.labelKey)}
        </button>
      ))}
    </nav>
  );
}
