// Search across all answers: hits by document, keyboard navigation into the editor, bad queries, tag all hits with preview and undo.
import { expect, openApp, test } from './fixtures';

test('search shows hits by document; arrows and Enter open the passage in the editor', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await page.getByRole('tab', { name: 'Sök' }).click();
  const box = page.getByRole('combobox', { name: 'Sök i dokumenten' });
  await box.fill('Magnetmodellen');
  await expect(page.getByText('4 träffar i 3 dokument')).toBeVisible();
  const results = page.getByRole('listbox', { name: 'Sökträffar' });
  await expect(results.getByRole('group', { name: 'Lerums kommun' })).toContainText('2 träffar');
  await expect(results.locator('mark').first()).toHaveText('Magnetmodellen');
  await page.screenshot({ path: testInfo.outputPath('search-panel.png') });

  await box.press('ArrowDown');
  await expect(results.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page.locator('.document-header h1')).toHaveText('Lerums kommun');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Magnetmodellen');
  await page.screenshot({ path: testInfo.outputPath('search-opened.png') });

  // Phrase, prefix and boolean queries; a malformed query is explained, not a crash.
  await box.fill('"försöksverksamhet med Magnetmodellen" NOT enbart');
  await expect(page.getByText('2 träffar i 2 dokument')).toBeVisible();
  await box.fill('"försöksverksamhet med');
  await expect(page.getByRole('alert')).toContainText('Sökfrågan går inte att läsa');
  await box.fill('magnetmodell*');
  await expect(page.getByText('5 träffar i 3 dokument')).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Sökträffar' }).locator('mark')).toContainText([
    'Magnetmodellen1',
  ]);
});

test('search within annotations finds tagged passages by proposal', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('tab', { name: 'Sök' }).click();
  await page.getByRole('combobox', { name: 'Sök i dokumenten' }).fill('Magnetmodellen');
  await page.getByRole('button', { name: 'Tagga alla träffar…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tagga alla träffar' });
  const option = await dialog
    .locator('#tag-all-code option', { hasText: 'Magnetmodellen' })
    .first()
    .textContent();
  await dialog.getByLabel('Förslag', { exact: true }).selectOption({ label: option! });
  await dialog.getByRole('button', { name: /^Tagga \d+ ställen$/ }).click();
  await page.getByLabel('Sök i markeringar i stället').check();
  await page.getByRole('combobox', { name: 'Sök i markeringar' }).fill('magnetmodellen');
  await expect(page.getByText(/4 träffar i 3 dokument/)).toBeVisible();
});

test('tag all hits: preview each passage, tag them in one step, undo them in one step', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await page.getByRole('tab', { name: 'Sök' }).click();
  await page.getByRole('combobox', { name: 'Sök i dokumenten' }).fill('Magnetmodellen');
  await expect(page.getByText('4 träffar i 3 dokument')).toBeVisible();
  await page.getByRole('button', { name: 'Tagga alla träffar…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Tagga alla träffar' });
  const option = await dialog
    .locator('#tag-all-code option', { hasText: 'Magnetmodellen' })
    .first()
    .textContent();
  await dialog.getByLabel('Förslag', { exact: true }).selectOption({ label: option! });
  await dialog.getByLabel('Ställningstagande (valfritt)').selectOption({ label: 'Tillstyrker' });
  const preview = dialog.getByRole('list', { name: 'Ställen som taggas' });
  await expect(preview.getByRole('listitem')).toHaveCount(4);
  await expect(preview.getByRole('listitem').nth(1)).toContainText(
    'förslag om att genomföra försöksverksamhet med enbart Magnetmodellen',
  );
  await dialog.getByLabel('stycket').check();
  await expect(dialog.getByText(/Förhandsvisning: \d+ ställen/)).toBeVisible();
  await dialog.getByLabel('meningen').check();
  await page.screenshot({ path: testInfo.outputPath('tag-all-preview.png') });
  await dialog.getByRole('button', { name: 'Tagga 4 ställen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '4 ställen taggades.' })).toBeVisible();

  await page.getByRole('listbox', { name: 'Sökträffar' }).getByRole('option').first().click();
  await expect(page.locator('.document-header h1')).toHaveText('Lerums kommun');
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('tag-all-done.png') });

  await page.getByRole('button', { name: 'Ångra' }).first().click();
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Dokument' }).click();
  await expect(page.getByRole('navigation', { name: 'Remissvar' })).not.toContainText(/[1-9]\d* markering/);
});
