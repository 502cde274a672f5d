// Suggestions: listed for the open document and outlined in the text; accepting tags, rejecting is remembered.
import { expect, openApp, openDocument, test } from './fixtures';

const DOC = 'Eskilstuna kommun';

test('accept a suggestion, reject another; the rejection is remembered after a reload', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await openDocument(page, DOC);
  await page.getByRole('tab', { name: 'Förslag' }).click();
  const list = page.getByRole('list', { name: 'Förslag i dokumentet' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const before = await list.getByRole('listitem').count();
  expect(before).toBeGreaterThan(1);
  // Suggestions are outlined in the editor, but nothing is tagged yet.
  await expect(page.locator('.document-editor .suggestion-mark').first()).toBeVisible();
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('suggestions-panel.png') });

  const first = list.getByRole('listitem').first();
  const quote = (await first.locator('.suggestion-quote').textContent())!.replace(/[“”…]/g, '').slice(0, 40);
  await first.getByRole('button', { name: 'Acceptera' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(before - 1);
  const annotations = page.getByRole('complementary', { name: 'Markeringar' });
  await expect(annotations).toContainText(quote);
  await expect(page.locator('.document-editor [data-annotation-ids]').first()).toBeVisible();

  const second = list.getByRole('listitem').first();
  const rejectedTitle = await second.getAttribute('aria-label');
  const rejectedQuote = await second.locator('.suggestion-quote').textContent();
  await second.getByRole('button', { name: 'Avvisa' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(before - 2);

  // Hide the outlines; the list stays.
  await page.getByLabel('Visa förslagen i texten').uncheck();
  await expect(page.locator('.document-editor .suggestion-mark')).toHaveCount(0);

  await page.reload();
  await openDocument(page, DOC);
  await page.getByRole('tab', { name: 'Förslag' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(before - 2);
  const remaining = await list
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map(
        (li) => `${li.getAttribute('aria-label')}|${li.querySelector('.suggestion-quote')?.textContent}`,
      ),
    );
  expect(remaining).not.toContain(`${rejectedTitle}|${rejectedQuote}`);
});

test('edit a suggestion in the tagging popover before accepting it', async ({ page, app }, testInfo) => {
  await openApp(page, app);
  await openDocument(page, DOC);
  await page.getByRole('tab', { name: 'Förslag' }).click();
  const list = page.getByRole('list', { name: 'Förslag i dokumentet' });
  const first = list.getByRole('listitem').first();
  await first.getByRole('button', { name: 'Ändra…' }).click();
  const popover = page.getByRole('dialog', { name: 'Koda passage' });
  await expect(popover).toBeVisible();
  await expect(popover.locator('.tag-row')).toHaveCount(1);
  await popover.getByRole('radio', { name: /Tveksam/ }).click();
  await page.screenshot({ path: testInfo.outputPath('suggestion-edit.png') });
  await popover.getByRole('button', { name: 'Spara' }).click();
  await expect(popover).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Markeringar' })).toContainText('Tveksam');
});

test('suggest in all documents runs in the background with progress', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('tab', { name: 'Förslag' }).click();
  await page.getByRole('button', { name: 'Föreslå i alla dokument' }).click();
  await expect(page.getByText(/\d+ förslag i 5 dokument/)).toBeVisible();
});
