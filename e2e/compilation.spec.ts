// The compilation views and export: tag a few passages in the demo project, read them in the matrix,
// the proposal view and the charts, and export XLSX from the dialog.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, openDocument, tagPassage, test } from './fixtures';

// Each test tags four passages through the UI first; on a loaded machine that takes a while.
test.describe.configure({ timeout: 150_000 });

const SHOTS = path.join('test-results', 'compilation-screens');
const KALMAR = 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning';
const BLEKINGE_SCEPTICAL = 'Region Blekinge ställer sig tveksam till att ett lagkrav';
const BLEKINGE_OPPOSES = 'Region Blekinge instämmer därför inte i förslaget att kommunerna frivilligt';
const KALMAR_CONFLICT = 'Kalmar kommun stödjer utredningens olika förslag';

async function tagDemo(page: Page): Promise<void> {
  await openDocument(page, 'Kalmar kommun');
  await tagPassage(page, KALMAR, [['4.1.1', /Tillstyrker$/]]);
  await tagPassage(page, KALMAR_CONFLICT, [['4.1.1', /Avstyrker/]]);
  await openDocument(page, 'Region Blekinge');
  await tagPassage(page, BLEKINGE_SCEPTICAL, [['4.1.1', /Tveksam/]]);
  await tagPassage(page, BLEKINGE_OPPOSES, [['5.4', /Avstyrker/]]);
}

const view = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name }).click();

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

test('the matrix shows each respondent’s stances; a cell opens its excerpts and the editor', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app);
  await tagDemo(page);
  await view(page, 'Matris');

  const kalmar = page.getByRole('button', { name: /^Kalmar kommun, 4\.1\.1:/ });
  await expect(kalmar).toHaveAccessibleName(
    /Tillstyrker, Avstyrker, 2 utdrag, Motstridiga ställningstaganden/,
  );
  await expect(page.getByRole('button', { name: /^Region Blekinge, 4\.1\.1:/ })).toHaveAccessibleName(
    /Tveksam, 1 utdrag$/,
  );
  await expect(page.getByRole('button', { name: /^Region Blekinge, 5\.4:/ })).toHaveAccessibleName(
    /Avstyrker/,
  );
  await expect(page.getByRole('button', { name: /^Kalmar kommun, 5\.4:/ })).toHaveCount(0);
  await expect(page.locator('.matrix-total').first()).toContainText('2 svarande');

  await kalmar.click();
  const side = page.getByRole('complementary', { name: 'Utdrag från Kalmar kommun' });
  await expect(side).toContainText(KALMAR);
  await expect(side).toContainText(KALMAR_CONFLICT);
  await expect(side.locator('.stance-group-title')).toHaveText([/Tillstyrker/, /Avstyrker/]);
  await shot(page, 'matrix');

  // the proposal columns are windowed: closing the excerpts beside the table fills its width again
  const columns = page.locator('.matrix-table thead th.matrix-proposal');
  const lastColumnRight = () => columns.last().evaluate((th) => Math.round(th.getBoundingClientRect().right));
  const scrollerRight = () =>
    page.locator('.matrix-scroller').evaluate((el) => Math.round(el.getBoundingClientRect().right));
  await page.setViewportSize({ width: 1400, height: 900 }); // measured while the excerpts take room
  await side.getByRole('button', { name: 'Stäng' }).click();
  await expect(side).toBeHidden();
  await expect.poll(async () => (await lastColumnRight()) >= (await scrollerRight())).toBe(true);

  await kalmar.click();
  await page.getByLabel('Typ av remissinstans').selectOption('region');
  await expect(page.getByRole('button', { name: /^Kalmar kommun/ })).toHaveCount(0);
  await page.getByLabel('Typ av remissinstans').selectOption('');

  await page.getByRole('button', { name: /^Kalmar kommun, 4\.1\.1:/ }).click();
  await side.locator('.stance-group').first().getByRole('button', { name: 'Öppna i editorn' }).click();
  await expect(page.locator('.document-header h1')).toHaveText('Kalmar kommun');
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''))
    .toContain('Vi stödjer');
});

test('the matrix opened again shows what it showed without reading it again, and catches a change from another window', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await openDocument(page, 'Kalmar kommun');
  await tagPassage(page, KALMAR, [['4.1.1', /Tillstyrker$/]]);
  const matrixReads: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(encodeURIComponent('compilation:matrix'))) matrixReads.push(r.url());
  });
  await view(page, 'Matris');
  const kalmar = page.getByRole('button', { name: /^Kalmar kommun, 4\.1\.1:/ });
  await expect(kalmar).toHaveAccessibleName(/Tillstyrker, 1 utdrag$/);
  expect(matrixReads).toHaveLength(1); // the tag made the matrix read ahead stale: read once on opening

  await view(page, 'Koda');
  await view(page, 'Matris');
  await expect(kalmar).toHaveAccessibleName(/Tillstyrker, 1 utdrag$/);
  expect(matrixReads).toHaveLength(1); // nothing written since: shown again as it was

  // a colleague's window on the same project tags Blekinge meanwhile
  const other = await page.context().newPage();
  await openApp(other, app);
  await openDocument(other, 'Region Blekinge');
  await tagPassage(other, BLEKINGE_SCEPTICAL, [['4.1.1', /Tveksam/]]);
  await other.close();

  await view(page, 'Koda');
  await view(page, 'Matris');
  await expect(page.getByRole('button', { name: /^Region Blekinge, 4\.1\.1:/ })).toHaveAccessibleName(
    /Tveksam, 1 utdrag$/,
  );
  expect(matrixReads).toHaveLength(2);
});

test('the proposal view shows every excerpt under its stance, and the charts draw the counts', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app);
  await tagDemo(page);
  await view(page, 'Per förslag');
  await page
    .getByRole('combobox', { name: 'Förslag', exact: true })
    .selectOption({ label: '4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt' });
  await expect(page.getByTestId('proposal-counts')).toContainText(
    'Tillstyrker: 1 · Tveksam: 1 · Avstyrker: 1',
  );
  const sceptical = page.locator('.stance-group[data-stance="sceptical"]');
  await expect(sceptical).toContainText('Region Blekinge');
  await expect(sceptical).toContainText(BLEKINGE_SCEPTICAL);
  await shot(page, 'proposal');

  await view(page, 'Diagram');
  await expect(page.locator('.chart-figure svg.recharts-surface').first()).toBeVisible();
  await expect(page.locator('.chart-figure').first()).toContainText('4.1.1');
  await shot(page, 'charts');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await shot(page, 'charts-print');
});

test('exports the excerpts as XLSX from the dialog; the file holds the coded passages', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await tagDemo(page);
  await page.getByRole('banner').getByRole('button', { name: 'Exportera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera sammanställning och utdrag' });
  await dialog.getByLabel(/Utdrag \(Excel, XLSX\)/).check();
  await shot(page, 'export-dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Exportera', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^utdrag-.*\.xlsx$/);
  const file = path.join(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(file);
  await expect(dialog.getByRole('status')).toContainText('har laddats ned');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  const header = rows.findIndex((r) => r.includes('Utdrag') && r.includes('Ställningstagande'));
  expect(header).toBeGreaterThanOrEqual(0);
  const col = (name: string) => rows[header]!.indexOf(name);
  const data = rows.slice(header + 1).filter((r) => r[col('Utdrag')]);
  expect(data).toHaveLength(4);
  const kalmar = data.find((r) => r[col('Utdrag')]!.includes('tillgång till medicinsk bedömning'))!;
  expect(kalmar[col('Remissinstans')]).toBe('Kalmar kommun');
  expect(kalmar[col('Ställningstagande')]).toBe('Tillstyrker');
  const blekinge = data.find((r) => r[col('Ställningstagande')] === 'Tveksam')!;
  expect(blekinge[col('Utdrag')]).toContain('ställer sig tveksam');
});
