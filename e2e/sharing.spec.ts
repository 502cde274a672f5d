// Sharing: export annotations from one app, import them into another with a preview; agreement of two coders.
import { makeDataDir, startApp } from './app-server';
import { expect, openApp, openDocument, tagPassage, test } from './fixtures';

const DOC = 'Kalmar kommun';
const PHRASE = 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning';

test('export my annotations from one app and import them into another after a preview', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await openDocument(page, DOC);
  await tagPassage(page, PHRASE, [['4.1.1', /Tillstyrker$/]]);

  await page.getByRole('button', { name: 'Dela' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dela kodning' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Exportera', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/Testkodare-.*\.remisskod-annotations\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(dialog.getByRole('status')).toContainText('1 markeringar sparades');

  const dataDir = makeDataDir();
  const other = await startApp(dataDir, { REMISSKOD_CODER_NAME: 'Bo' });
  try {
    await openApp(page, other);
    await openDocument(page, DOC);
    await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Dela' }).click();
    const sharing = page.getByRole('dialog', { name: 'Dela kodning' });
    await sharing.getByRole('tab', { name: 'Importera markeringar' }).click();
    await sharing.getByLabel('Markeringsfil (.json)').setInputFiles(file);
    const preview = sharing.getByLabel('Förhandsvisning av importen');
    await expect(preview.locator('.preview-count.preview-add')).toHaveText('1 läggs till');
    await expect(preview.getByText(PHRASE)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('import-preview.png') });
    await sharing.getByRole('button', { name: 'Importera', exact: true }).click();
    await expect(sharing.getByRole('status')).toContainText('1 nya');
    await sharing.getByRole('tab', { name: 'Oplacerade' }).click();
    await expect(sharing.getByText('Inga oplacerade passager.')).toBeVisible();
    await sharing.getByRole('tab', { name: 'REFI-QDA' }).click();
    await expect(sharing.getByRole('button', { name: 'Exportera projektet (.qdpx)' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('refi-tab.png') });
    await sharing.getByRole('button', { name: 'Stäng', exact: true }).click();

    await openDocument(page, DOC);
    await expect(page.locator('.document-editor [data-annotation-ids]').first()).toContainText('Vi stödjer');
    const panel = page.getByRole('complementary', { name: 'Markeringar' });
    const item = panel.getByRole('listitem').first();
    await expect(item.locator('.stance-label')).toHaveText(/Tillstyrker/);
    // Provenance: the annotation keeps the coder who made it, not the one who imported it.
    await expect(item.locator('.annotation-meta')).toHaveText('Testkodare');
    await page.screenshot({ path: testInfo.outputPath('imported-annotation.png') });
  } finally {
    await other.stop();
  }
});

test('the agreement view shows kappa for two coders and lets the team settle a disagreement', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await openDocument(page, DOC);
  await tagPassage(page, PHRASE, [['4.1.1', /Tillstyrker$/]]);
  await tagPassage(page, 'proaktivt arbetssätt', [['4.1.5', /Tveksam/]]);

  page.once('dialog', (d) => void d.accept('Bo'));
  await page.getByRole('button', { name: /^Kodare: / }).click();
  await expect(page.getByRole('button', { name: 'Kodare: Bo' })).toBeVisible();
  await tagPassage(page, 'tillgång till medicinsk bedömning', [['4.1.1', /Avstyrker/]]);
  await tagPassage(page, 'individuella planer', [['4.1.5', /Tveksam/]]);

  await page
    .getByRole('navigation', { name: 'Vyer' })
    .getByRole('button', { name: 'Kodare', exact: true })
    .click();
  const table = page.getByRole('table');
  const overall = table.getByRole('row', { name: /Alla förslag/ });
  // Two units (4.1.1, 4.1.5), one agreement: 50 %, kappa (0.5 − 0.25) / 0.75 = 0.33.
  await expect(overall).toContainText('50');
  await expect(overall).toContainText('0,33');
  await expect(page.getByText('Oenigheter (1)')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('agreement-view.png'), fullPage: true });

  const item = page.locator('.disagreement-item').first();
  await expect(item).toContainText('Testkodare: Tillstyrker');
  await expect(item).toContainText('Bo: Avstyrker');
  await item.getByRole('button', { name: 'Avgör' }).click();
  await item.getByLabel('Ställningstagande att gå vidare med').selectOption({ label: 'Tillstyrker' });
  await item.getByRole('button', { name: /Spara som Bo/ }).click();
  // Bo is the one settling, so Bo's coding now says "Tillstyrker": the coders agree everywhere.
  await expect(page.getByText('Kodarna är överens överallt.')).toBeVisible();
  await expect(overall).toContainText('100');
  await page.screenshot({ path: testInfo.outputPath('agreement-settled.png'), fullPage: true });
});
