// The core loop: open a demo remissvar, select a passage, tag it, reload: the highlight is still there.
import { expect, openApp, openDocument, selectPhrase, tagPassage, test } from './fixtures';
import { startApp } from './app-server';

const DOC = 'Kalmar kommun';
const PHRASE = 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning';

test('tag a passage with the mouse; it survives a reload and a restart of the backend', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await expect(page.getByRole('navigation', { name: 'Remissvar' }).getByRole('button')).toHaveCount(5);
  await openDocument(page, DOC);

  await selectPhrase(page, PHRASE);
  const popover = page.getByRole('dialog', { name: 'Koda passage' });
  await expect(popover).toBeVisible();
  await popover.getByLabel(/Förslag/).fill('4.1.1');
  await popover.getByLabel(/Förslag/).press('Enter');
  await popover.getByRole('radio', { name: /^1\s*Tillstyrker$/ }).click();
  await popover.getByLabel(/Kommentar/).fill('Tydligt stöd för dygnet runt-kravet');
  await popover.getByRole('button', { name: 'Spara' }).click();
  await expect(popover).toBeHidden();

  const highlight = page.locator('.document-editor [data-annotation-ids]');
  await expect(highlight.first()).toBeVisible();
  await expect(page.locator('.document-editor [data-annotation-ids]')).toContainText(['Vi stödjer']);
  const panel = page.getByRole('complementary', { name: 'Markeringar' }).getByRole('list');
  await expect(panel.getByText('Lagkrav på tillgång till medicinsk bedömning dygnet runt')).toBeVisible();
  await expect(panel.getByText('Tillstyrker')).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath('editor-with-highlight.png') });

  await page.reload();
  await openDocument(page, DOC);
  await expect(page.locator('.document-editor [data-annotation-ids]').first()).toBeVisible();
  await expect(panel.getByText('Tydligt stöd för dygnet runt-kravet')).toBeVisible();

  // Restart the backend on the same data folder: the project and the annotation are still there.
  await app.stop();
  const restarted = await startApp(app.dataDir);
  try {
    await openApp(page, restarted);
    await openDocument(page, DOC);
    await expect(panel.getByText('Tydligt stöd för dygnet runt-kravet')).toBeVisible();
  } finally {
    await restarted.stop();
  }
});

test('overlapping highlights are both shown and the overlap is marked', async ({ page, app }, testInfo) => {
  await openApp(page, app);
  await openDocument(page, DOC);

  await tagPassage(page, PHRASE, [['4.1.1', /Tillstyrker$/]]);
  await tagPassage(page, 'utredningens förslag om tillgång', [['4.1.5', /Tveksam/]]);
  await expect(
    page.getByRole('complementary', { name: 'Markeringar' }).getByRole('list').getByRole('listitem'),
  ).toHaveCount(2);
  const overlap = page.locator('.document-editor .hl-overlap');
  await expect(overlap.first()).toBeVisible();
  await expect(overlap.first()).toContainText('utredningens förslag om tillgång');
  await page.screenshot({ path: testInfo.outputPath('overlapping-highlights.png') });
});

test('clicking a highlight shows its tags; they can be changed and the annotation deleted', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await openDocument(page, DOC);
  await selectPhrase(page, PHRASE);
  const newPopover = page.getByRole('dialog', { name: 'Koda passage' });
  await newPopover.getByLabel(/Förslag/).fill('4.1.1');
  await newPopover.getByLabel(/Förslag/).press('Enter');
  await newPopover.getByRole('button', { name: 'Spara' }).click();
  await expect(newPopover).toBeHidden();

  await page.locator('.document-editor [data-annotation-ids]').first().click();
  const edit = page.getByRole('dialog', { name: 'Ändra kodning' });
  await expect(edit).toBeVisible();
  await expect(edit.getByText('Lagkrav på tillgång till medicinsk bedömning dygnet runt')).toBeVisible();
  await edit.getByRole('radio', { name: /Avstyrker/ }).click();
  await edit.getByRole('button', { name: 'Spara' }).click();
  const panel = page.getByRole('complementary', { name: 'Markeringar' }).getByRole('list');
  await expect(panel.getByText('Avstyrker')).toBeVisible();

  await page.locator('.document-editor [data-annotation-ids]').first().click();
  await page
    .getByRole('dialog', { name: 'Ändra kodning' })
    .getByRole('button', { name: 'Ta bort markering' })
    .click();
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(0);
  await expect(page.getByText('Inga markeringar i detta dokument ännu.')).toBeVisible();
  await page.reload();
  await openDocument(page, DOC);
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(0);
});

test('keyboard only: select with Shift+arrows, T opens the palette, Enter picks, number sets stance', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await openDocument(page, DOC);
  // Put the caret at the start of the phrase by clicking just before it is not keyboard-only, so
  // reach the editor with Tab and move with the keyboard instead.
  const editor = page.locator('.document-editor');
  await editor.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('t');
  const popover = page.getByRole('dialog', { name: 'Koda passage' });
  await expect(popover).toBeVisible();
  await page.keyboard.type('magnet');
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(popover).toBeHidden();
  const panel = page.getByRole('complementary', { name: 'Markeringar' }).getByRole('list');
  await expect(panel.getByText('Försöksverksamhet med Magnetmodellen')).toBeVisible();
  await expect(panel.getByText('Tillstyrker')).toBeVisible();
});

test('every selection opens a fresh popover, ready to type in; the one kept ready meanwhile stays out of reach', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await openDocument(page, DOC);

  // a proposal chosen, the span widened and a comment written, then cancelled
  await selectPhrase(page, 'utredningens förslag om tillgång');
  const popover = page.getByRole('dialog', { name: 'Koda passage' });
  await popover.getByLabel(/Förslag/).fill('4.1.1');
  await popover.getByLabel(/Förslag/).press('Enter');
  await popover.getByRole('button', { name: 'Hela meningen' }).click();
  await expect(popover.locator('.tag-popover-quote')).toContainText(PHRASE);
  await popover.getByLabel(/Kommentar/).fill('Ska inte följa med');
  await popover.getByRole('button', { name: 'Avbryt' }).click();
  await expect(popover).toBeHidden();

  // the next popover is kept ready on the page, hidden: no dialog, nothing to tab into
  const ready = page.locator('.popover-host.standby .tag-popover');
  await expect(ready).toBeAttached();
  await expect(ready).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.locator('.document-editor').click();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.tag-popover'))).toBe(false);
  }

  await selectPhrase(page, 'medicinsk bedömning');
  await expect(popover).toBeVisible();
  await expect(popover.locator('.tag-popover-quote')).toHaveText('“medicinsk bedömning”');
  await expect(popover.getByText('Inget förslag valt ännu.', { exact: false })).toBeVisible();
  await expect(popover.getByLabel(/Kommentar/)).toHaveValue('');
  await expect(popover.getByLabel(/Förslag/)).toBeFocused();
  await page.keyboard.type('4.1.5');
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(popover).toBeHidden();
  const panel = page.getByRole('complementary', { name: 'Markeringar' }).getByRole('list');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem')).toContainText('medicinsk bedömning');
  await expect(panel.getByRole('listitem')).not.toContainText('Ska inte följa med');
});
