// Backups in the UI: the project is backed up at start, can be backed up now, and a backup can be restored.
import { expect, openApp, openDocument, selectPhrase, test } from './fixtures';

const DOC = 'Kalmar kommun';
const PHRASE = 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning';

test('restore a backup: a passage tagged after the backup is gone again, and the safety copy is listed', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await openDocument(page, DOC);

  const openBackups = async () => {
    await page
      .getByRole('button', { name: /Projekt/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Säkerhetskopior…' }).click();
    return page.getByRole('dialog', { name: 'Säkerhetskopior' });
  };
  /** Closing the backups dialog goes back to the project dialog; close that too. */
  const closeBoth = async () => {
    await page
      .getByRole('dialog', { name: 'Säkerhetskopior' })
      .getByRole('button', { name: 'Stäng' })
      .click();
    await page.getByRole('dialog', { name: 'Projekt' }).getByRole('button', { name: 'Stäng' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  };

  let dialog = await openBackups();
  await expect(dialog.getByRole('cell', { name: 'Vid start' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Säkerhetskopian är sparad.');
  await expect(dialog.getByRole('cell', { name: 'Manuell' })).toBeVisible();
  await closeBoth();

  await selectPhrase(page, PHRASE);
  const popover = page.getByRole('dialog', { name: 'Koda passage' });
  await popover.getByLabel(/Förslag/).fill('4.1.1');
  await popover.getByLabel(/Förslag/).press('Enter');
  await popover.getByRole('radio', { name: /^1\s*Tillstyrker$/ }).click();
  await popover.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.document-editor [data-annotation-ids]').first()).toBeVisible();

  dialog = await openBackups();
  const manualRow = dialog.getByRole('row').filter({ hasText: 'Manuell' });
  await manualRow.getByRole('button', { name: /Återställ/ }).click();
  await expect(dialog.getByRole('alertdialog')).toContainText('Återställa projektet');
  await dialog.getByRole('button', { name: 'Ja, återställ' }).click();
  await expect(dialog.getByRole('status')).toContainText('Projektet är återställt');
  await expect(dialog.getByRole('cell', { name: 'Före återställning' })).toBeVisible();
  await closeBoth();

  await openDocument(page, DOC);
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(0);
});
