// The main window: header with the view tabs, errors, the current view and the tagging popover.
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dropFirstReads } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useUiStore } from '../../stores/ui-store';
import { reloadProject } from '../../stores/reload-project';
import { ErrorBanner } from '../common/ErrorBanner';
import { ImportDropZone } from '../import/ImportDropZone';
import { PopoverHost } from '../tagging/PopoverHost';
import { AppHeader } from './AppHeader';
import { CodingView } from './CodingView';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { WelcomeDialog } from './WelcomeDialog';
import { VIEWS } from './views';

export function App() {
  const { t } = useTranslation();
  const view = useUiStore((s) => s.view);
  useUndoShortcuts();
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;

  // the first load starts in start-app.tsx, before this first renders
  useEffect(
    () =>
      window.remisskod?.on('project-changed', () => {
        dropFirstReads();
        void attempt(reloadProject);
      }),
    [],
  );

  return (
    <div className="app">
      <AppHeader />
      <ErrorBanner />
      {/* the coding view stays mounted while another view shows: going back to it re-renders nothing */}
      <CodingView shown={current.id === 'coding'} />
      {current.id !== 'coding' && (
        <Suspense fallback={<p className="muted panel-empty">{t('common.loading')}</p>}>
          <current.Component />
        </Suspense>
      )}
      <PopoverHost />
      <ImportDropZone />
      <WelcomeDialog />
    </div>
  );
}
