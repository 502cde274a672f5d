// A new highlight shows at once while it is saved; a save the backend refuses takes it away and gives the popover back.
import type { Page } from '@playwright/test';
import { expect, openApp, openDocument, selectPhrase, test } from './fixtures';

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

test('a save the backend refuses: the highlight goes, the error names the problem, the popover comes back as it was', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await openDocument(page, 'Kalmar kommun');
  await selectPhrase(page, KALMAR);
  const popover = page.getByRole('dialog', { name: 'Koda passage' });
  await popover.getByLabel(/Förslag/).fill('4.1.1');
  await popover.getByLabel(/Förslag/).press('Enter');
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
