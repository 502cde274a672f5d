// A new highlight shows at once while it is saved; a save the backend refuses takes it away and gives the popover back.
import type { Page } from '@playwright/test';
import { expect, openApp, openDocument, selectPhrase, tagPassage, test } from './fixtures';

const KALMAR = 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning';

/** Deletes a codebook entry through the API, as another window of the app could, while the popover is open. */
async function deleteCodeBehindTheScenes(page: Page, codeId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const token = sessionStorage.getItem('remisskod-token');
    const response = await fetch('api/codebook:deleteCode', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Remisskod-Token': token ?? '' },
      body: JSON.stringify({ id }),
    });
    const body = (await response.json()) as { ok: boolean };
    if (!body.ok) throw new Error(JSON.stringify(body));
  }, codeId);
}

/** Opens Kalmar kommun, selects the passage and picks proposal 4.1.1 in the popover; returns the popover. */
async function popoverWithProposal(page: Page, app: Parameters<typeof openApp>[1]) {
  await openApp(page, app);
  await openDocument(page, 'Kalmar kommun');
  await selectPhrase(page, KALMAR);
  const popover = page.getByRole('dialog', { name: 'Koda passage' });
  await popover.getByLabel(/Förslag/).fill('4.1.1');
  await popover.getByLabel(/Förslag/).press('Enter');
  return popover;
}

test('a save the backend refuses: the highlight goes, the error names the problem, the popover comes back as it was', async ({
  page,
  app,
}) => {
  const popover = await popoverWithProposal(page, app);
  await popover
    .getByRole('radiogroup')
    .last()
    .getByRole('radio', { name: /Tillstyrker$/ })
    .click();
  await popover.getByLabel('Kommentar').fill('Viktigt stycke');
  await deleteCodeBehindTheScenes(page, 'sou2024-72-4.1.1');

  await popover.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('alert')).toContainText('Förslaget finns inte i kodboken');
  const again = page.getByRole('dialog', { name: 'Koda passage' });
  await expect(again).toBeVisible();
  await expect(again.getByLabel('Kommentar')).toHaveValue('Viktigt stycke');
  await expect(again.getByRole('radio', { name: /Tillstyrker$/ })).toBeChecked();
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(0);
  await expect(page.locator('.save-status')).toHaveAttribute('data-pending-saves', '0');

  // nothing was stored: after a reload the answer has no highlight
  await page.reload();
  await openDocument(page, 'Kalmar kommun');
  await expect(page.locator('.document-editor .doc-paragraph').first()).toBeVisible();
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(0);
});

test('saves travel over the API socket, and carry on when the backend drops it', async ({ page, app }) => {
  const calls: string[] = [];
  const open: (() => Promise<void>)[] = [];
  await page.routeWebSocket(/\/api-socket$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      calls.push(String(message));
      server.send(message);
    });
    open.push(async () => {
      await server.close();
      await ws.close();
    });
  });
  const httpCreates: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/annotations%3Acreate')) httpCreates.push(r.url());
  });
  await openApp(page, app);
  await openDocument(page, 'Kalmar kommun');
  await tagPassage(page, KALMAR, [['4.1.1', /Tillstyrker$/]]);
  expect(open).toHaveLength(1);
  expect(calls.some((m) => m.includes('"channel":"annotations:create"'))).toBe(true);
  expect(httpCreates).toEqual([]);

  // the socket drops (as when the backend restarts): the next save still goes through
  for (const close of open.splice(0)) await close();
  await tagPassage(page, 'Kalmar kommun stödjer utredningens', [['4.1.5', /Avstyrker$/]]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await openDocument(page, 'Kalmar kommun');
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(2);
});

test('a slow save says "Sparar…" once it has waited 400 ms, and only until it is answered', async ({
  page,
  app,
}) => {
  let hold = false;
  const held: (() => void)[] = [];
  await page.routeWebSocket(/\/api-socket$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => (hold ? held.push(() => ws.send(message)) : ws.send(message)));
  });
  const popover = await popoverWithProposal(page, app);
  await page.keyboard.press('1');
  // when Save is clicked, and when the status first shows words
  await page.evaluate(() => {
    const w = window as unknown as { clickedAt?: number; wordsAt?: number };
    document.addEventListener('click', () => (w.clickedAt ??= performance.now()), { capture: true });
    const status = document.querySelector('.save-status')!;
    new MutationObserver(() => {
      if (status.textContent) w.wordsAt ??= performance.now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });

  hold = true;
  await popover.getByRole('button', { name: 'Spara' }).click();
  const status = page.locator('.save-status');
  await expect(page.locator('.document-editor [data-annotation-ids]').first()).toBeVisible();
  await expect(status).toHaveAttribute('data-pending-saves', '1');
  await expect(status).toHaveText('Sparar…');
  const waited = await page.evaluate(() => {
    const w = window as unknown as { clickedAt: number; wordsAt: number };
    return w.wordsAt - w.clickedAt;
  });
  expect(waited).toBeGreaterThanOrEqual(390);

  hold = false;
  for (const send of held.splice(0)) send();
  await expect(status).toHaveAttribute('data-pending-saves', '0');
  await expect(status).toHaveText('');
  // a quick save shows no words at all
  await tagPassage(page, 'medicinsk bedömning', [['4.1.5', /Tveksam/]]);
  await expect(status).toHaveText('');
});
