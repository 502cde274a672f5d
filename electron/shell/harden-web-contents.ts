// Electron security: blocks navigation, new windows, permission requests and remote content.
import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../server/security-headers';
import { isInsideFolder } from './file-url';

export function isAppUrl(url: string, rendererUrl: string): boolean {
  return url.split('#')[0]!.split('?')[0] === rendererUrl.split('#')[0]!.split('?')[0];
}

export function hardenApp(rendererUrl: string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, rendererUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // file:// only inside the renderer's own folder: the page cannot read other local files.
  const rendererFolder = rendererUrl
    .split('#')[0]!
    .split('?')[0]!
    .replace(/[^/]*$/, '');
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isInsideFolder(details.url, rendererFolder) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
