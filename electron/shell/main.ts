// Electron main process: the one place that imports electron (window, menu, dialogs, IPC).
import { app, BrowserWindow, dialog, Menu } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppContext } from '../core/app-context';
import { APP_VERSION } from '../core/app-version';
import { hardenApp } from './harden-web-contents';
import { registerIpc } from './ipc-adapter';
import { buildMenu } from './menu';

const rendererFile = path.join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererFile).toString();

// Every renderer is sandboxed, also any a future change might create (must run before 'ready').
app.enableSandbox();

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = process.env.REMISSKOD_DATA_DIR ?? app.getPath('userData');
  const ctx = new AppContext({ dataDir, mode: 'electron', version: APP_VERSION });
  await ctx.start(process.env.REMISSKOD_PROJECT || undefined);
  hardenApp(rendererUrl);
  registerIpc(ctx, rendererUrl);

  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Remisskod',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  Menu.setApplicationMenu(buildMenu(ctx, win));
  await win.loadURL(rendererUrl);
  app.on('window-all-closed', () => {
    ctx.close();
    app.quit();
  });
}

start().catch((error: Error) => {
  console.error(`Remisskod could not start: ${error.message}`);
  // E.g. the project is already open in another window (project_locked): say so, not just exit.
  dialog.showErrorBox('Remisskod', `Remisskod could not start: ${error.message}`);
  app.exit(1);
});
