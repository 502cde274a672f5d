// Renderer entry: sends the project's first reads, then loads the app while the backend answers them.
import { sendFirstReads } from './api/api-client';
import './styles.css';

// the app's code takes a few hundred ms to evaluate: the backend answers meanwhile, not after it
sendFirstReads();
import('./start-app').catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Remisskod kunde inte starta / Remisskod could not start: ${String(error)}`;
});
