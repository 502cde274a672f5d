// Import several real files at once (PDF, DOCX, a duplicate, a broken PDF): progress, summary, open one, edit its details.
import fs from 'node:fs';
import path from 'node:path';
import { makeDocx } from '../electron/importers/fixtures/make-docx';
import { makePdf } from '../electron/importers/fixtures/make-pdf';
import { expect, openApp, test } from './fixtures';

const SEEDS = path.join(__dirname, '..', 'seeds');
const seed = (name: string): string => fs.readFileSync(path.join(SEEDS, name), 'utf8');
const lines = (text: string): string[] => text.split('\n').map((l) => l.replace(/^\s+/u, ''));

/** A new remissvar from a seed: Kalmar's text as Växjö's, as a PDF with running headers, repeated to ~20 pages. */
async function vaxjoPdf(): Promise<Buffer> {
  const text = lines(seed('kalmar-kommun.txt').replaceAll('Kalmar', 'Växjö'));
  const long = [
    ...text,
    '',
    ...Array.from({ length: 6 }, (_, i) => [`Bilaga ${i + 1}`, '', ...text.slice(4), '']).flat(),
  ];
  return Buffer.from(
    await makePdf(long, {
      header: (page, pages) => ['Yttrande', 'Dnr VON 2025/12', `Sida ${page} (${pages})`],
    }),
  );
}

/** Region Blekinge's answer as Region Kronoberg's, as a DOCX with one block per paragraph. */
async function kronobergDocx(): Promise<Buffer> {
  const paragraphs = seed('region-blekinge.txt')
    .replaceAll('Blekinge', 'Kronoberg')
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, ' ').trim())
    .filter(Boolean);
  return Buffer.from(
    await makeDocx(
      paragraphs.map((text, i) => ({ type: i === 0 ? 'heading' : 'paragraph', level: 1, text })),
    ),
  );
}

test('import several files at once, see progress and the summary, open one and edit its respondent', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  const list = page.getByRole('navigation', { name: 'Remissvar' });
  await expect(list.getByRole('button')).toHaveCount(5);

  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera remissvar' });
  await dialog.getByLabel('Välj filer…').setInputFiles([
    { name: 'vaxjo-kommun.pdf', mimeType: 'application/pdf', buffer: await vaxjoPdf() },
    {
      name: 'region-kronoberg.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await kronobergDocx(),
    },
    { name: 'kalmar-kommun.txt', mimeType: 'text/plain', buffer: Buffer.from(seed('kalmar-kommun.txt')) },
    { name: 'trasig.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Det här är ingen PDF.') },
  ]);
  await expect(dialog.getByText('4 filer valda')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('import-chosen.png') });
  await dialog.getByRole('button', { name: 'Importera 4 filer' }).click();

  const progress = dialog.getByRole('progressbar', { name: 'Importförlopp' });
  await expect(progress).toBeVisible();
  await expect(dialog.getByText(/\d av 4 filer/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('import-progress.png') });

  await expect(dialog.getByText('2 importerade, 1 dubblett, 1 avvisad')).toBeVisible({ timeout: 45_000 });
  const refused = dialog.getByRole('region', { name: 'Avvisade' });
  await expect(refused.getByText('trasig.pdf')).toBeVisible();
  await expect(
    refused.getByText(/Filen är skadad eller är inte det den utger sig för att vara/),
  ).toBeVisible();
  const duplicates = dialog.getByRole('region', { name: 'Redan importerade (dubbletter)' });
  await expect(duplicates.getByText('samma innehåll som Kalmar kommun')).toBeVisible();
  const imported = dialog.getByRole('region', { name: 'Importerade' });
  await expect(imported.getByText('Växjö kommun')).toBeVisible();
  await expect(imported.getByText('Region Kronoberg')).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(7);
  await page.screenshot({ path: testInfo.outputPath('import-summary.png') });

  await imported.getByRole('button', { name: 'Öppna Växjö kommun' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.document-header h1')).toHaveText('Växjö kommun');
  await expect(page.locator('.document-header')).toContainText('vaxjo-kommun.pdf');
  await expect(page.locator('.document-editor')).toContainText(
    'Växjö kommun stödjer utredningens olika förslag',
  );
  await expect(page.locator('.document-editor')).not.toContainText('Sida 2 (');

  await page.getByRole('button', { name: 'Redigera uppgifter' }).click();
  const form = page.getByRole('form', { name: 'Dokumentets uppgifter' });
  await form.getByLabel('Remissinstans').fill('Växjö kommun, omsorgsnämnden');
  await form.getByLabel('Diarienummer').fill('VON 2025/12');
  await form.getByLabel('Datum').fill('2025-02-14');
  await page.screenshot({ path: testInfo.outputPath('edit-details.png') });
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('.document-header h1')).toHaveText('Växjö kommun, omsorgsnämnden');
  await expect(page.locator('.document-header')).toContainText('VON 2025/12');
  await expect(list.getByRole('button', { name: /Växjö kommun, omsorgsnämnden/ })).toBeVisible();

  await page.reload();
  await expect(list.getByRole('button', { name: /Växjö kommun, omsorgsnämnden/ })).toBeVisible();
});

test('files dropped on the window open the import dialog with them', async ({ page, app }) => {
  await openApp(page, app);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(
      new File(['Lunds kommun\n\nLunds kommun tillstyrker förslaget.'], 'lund.txt', { type: 'text/plain' }),
    );
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const dialog = page.getByRole('dialog', { name: 'Importera remissvar' });
  await expect(dialog.getByText('1 fil vald')).toBeVisible();
  await expect(dialog.getByText('lund.txt')).toBeVisible();
  await dialog.getByRole('button', { name: 'Importera 1 fil' }).click();
  await expect(dialog.getByText('1 importerad, 0 dubbletter, 0 avvisade')).toBeVisible();
});
