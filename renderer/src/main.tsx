// Renderer entry: sets up i18n, asks the backend for the project and renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/layout/App';
import { setupI18n } from './i18n';
import { attempt } from './stores/error-store';
import { reloadProject } from './stores/reload-project';
import './styles.css';

setupI18n();
// the project's first reads go out before the first render: the backend answers while React renders
void attempt(reloadProject);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
