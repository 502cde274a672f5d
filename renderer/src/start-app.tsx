// Starts the app: sets up i18n, loads the project (its first reads are already on their way) and renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/layout/App';
import { setupI18n } from './i18n';
import { attempt } from './stores/error-store';
import { reloadProject } from './stores/reload-project';

setupI18n();
// the early answers are taken before React's first render: the first render can show the list
void attempt(reloadProject);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
