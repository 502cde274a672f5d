// The app makes no network requests: every request during a realistic session goes to the local app origin.
import { expect, openApp, openDocument, selectPhrase, test } from './fixtures';

const DOC = 'Kalmar kommun';
const PHRASE = 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning';
const LOCAL_SCHEMES = ['data:', 'blob:'];

test('a whole coding session requests nothing outside the local app', async ({ page, app }) => {
  const origin = new URL(app.url).origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));
  /** The app's own socket is ws:// on the same host and port. */
  const socketOrigin = origin.replace(/^http/, 'ws');
  const isLocal = (url: string) =>
    [origin, socketOrigin].includes(new URL(url).origin) ||
    LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));

  await openApp(page, app);
  await openDocument(page, DOC);
  await selectPhrase(page, PHRASE);
  const popover = page.getByRole('dialog', { name: 'Koda passage' });
  await popover.getByLabel(/Förslag/).fill('4.1.1');
  await popover.getByLabel(/Förslag/).press('Enter');
  await popover.getByRole('radio', { name: /^1\s*Tillstyrker$/ }).click();
  await popover.getByLabel(/Kommentar/).fill('Se https://www.regeringen.se/ och http://example.com/bild.png');
  await popover.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.document-editor [data-annotation-ids]').first()).toBeVisible();
  // Language switch, project dialog and backups dialog: more of the UI, still nothing leaves.
  await page
    .getByRole('button', { name: /Projekt/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Säkerhetskopior…' }).click();
  await expect(page.getByRole('dialog', { name: 'Säkerhetskopior' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Säkerhetskopior' }).getByRole('button', { name: 'Stäng' }).click();
  await page.getByRole('dialog', { name: 'Projekt' }).getByRole('button', { name: 'Stäng' }).click();
  await page.reload();
  await openDocument(page, DOC);
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(5); // the recorder did see the app's own requests
  expect(requests).toContain(`${socketOrigin}/api-socket`);
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
});
