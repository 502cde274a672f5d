// The coding view's left sidebar: a tab list (documents, outline, codebook, search, suggestions).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../stores/ui-store';
import { SIDEBAR_TABS } from './sidebar-tabs';

/** Memoised: it has no props, so the coding view re-rendering (a new annotation) passes it by. */
export const Sidebar = memo(function Sidebar() {
  const { t } = useTranslation();
  const current = useUiStore((s) => s.sidebarTab);
  const setTab = useUiStore((s) => s.setSidebarTab);
  const active = SIDEBAR_TABS.find((tab) => tab.id === current) ?? SIDEBAR_TABS[0]!;
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = SIDEBAR_TABS.indexOf(active);
    const next =
      SIDEBAR_TABS[
        (index + (event.key === 'ArrowRight' ? 1 : -1) + SIDEBAR_TABS.length) % SIDEBAR_TABS.length
      ]!;
    setTab(next.id);
    document.getElementById(`sidebar-tab-${next.id}`)?.focus();
  };
  return (
    <div className="sidebar">
      {SIDEBAR_TABS.length > 1 && (
        <div className="tab-list" role="tablist" aria-label={t('sidebar.label')} onKeyDown={onKeyDown}>
          {SIDEBAR_TABS.map((tab) => (
            <button
              key={tab.id}
              id={`sidebar-tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={tab.id === active.id}
              aria-controls={`sidebar-panel-${tab.id}`}
              tabIndex={tab.id === active.id ? 0 : -1}
              className={`tab${tab.id === active.id ? ' active' : ''}`}
              onClick={() => setTab(tab.id)}
            >
              {t(tab.labelKey)}
            </button>
          ))}
        </div>
      )}
      <div
        className="sidebar-panel"
        role="tabpanel"
        id={`sidebar-panel-${active.id}`}
        aria-labelledby={`sidebar-tab-${active.id}`}
      >
        <active.Component />
      </div>
    </div>
  );
});
