// The professional coding workflow: several proposals per passage, undo/redo, codebook operations,
// language switch, first start, and an accessibility check.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, makeDataDir } from './app-server';
import { expect, openApp, openDocument, selectPhrase, tagPassage, test } from './fixtures';

const DOC = 'Kalmar kommun';
const PHRASE = 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning';

test('one passage carries two proposals, each with its own stance', async ({ page, app }) => {
  await openApp(page, app);
  await openDocument(page, DOC);
  await tagPassage(page, PHRASE, [
    ['4.1.1', /Tillstyrker$/],
    ['4.1.5', /Tveksam/],
  ]);
  const item = page
    .getByRole('complementary', { name: 'Markeringar' })
    .getByRole('list')
    .getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Lagkrav på tillgång till medicinsk bedömning dygnet runt');
  await expect(item).toContainText('Tillstyrker');
  await expect(item).toContainText('Proaktivt arbetssätt och individuella planer');
  await expect(item).toContainText('Tveksam');
});

test('undo and redo a tagging with Ctrl+Z / Ctrl+Shift+Z; each step is saved', async ({ page, app }) => {
  let listReads = 0;
  page.on('request', (request) => {
    if (request.url().includes(`api/${encodeURIComponent('documents:list')}`)) listReads += 1;
  });
  await openApp(page, app);
  await openDocument(page, DOC);
  const row = page
    .getByRole('navigation', { name: 'Remissvar' })
    .getByRole('button', { name: new RegExp(DOC) });
  await expect(row).toContainText('0 markeringar');
  await tagPassage(page, PHRASE, [['4.1.1', /Tillstyrker$/]]);
  const highlights = page.locator('.document-editor [data-annotation-ids]');
  await expect(highlights).toHaveCount(1);
  // the list counts the new annotation without reading the whole list again
  const readsBefore = listReads;
  await expect(row).toContainText('1 markering');
  await page.waitForTimeout(400);
  expect(listReads).toBe(readsBefore);

  await page.keyboard.press('Control+z');
  await expect(highlights).toHaveCount(0);
  await expect(row).toContainText('0 markeringar');
  await page.reload();
  await openDocument(page, DOC);
  await expect(highlights).toHaveCount(0);

  // A new session has an empty history: tag again, undo, redo.
  await tagPassage(page, PHRASE, [['4.1.1', /Tillstyrker$/]]);
  await page.keyboard.press('Control+z');
  await expect(highlights).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(highlights).toHaveCount(1);
  await page.reload();
  await openDocument(page, DOC);
  await expect(highlights).toHaveCount(1);
});

test('merging two codes moves their annotations to the surviving code', async ({ page, app }) => {
  await openApp(page, app);
  await openDocument(page, DOC);
  await tagPassage(page, PHRASE, [['4.1.5', /Tillstyrker$/]]);
  await page.getByRole('tab', { name: 'Kodbok' }).click();
  await page
    .getByRole('button', { name: 'Slå ihop Proaktivt arbetssätt och individuella planer med en annan kod' })
    .click();
  const dialog = page.getByRole('dialog', { name: /Slå ihop/ });
  await expect(dialog).toContainText('1 markering');
  await dialog
    .getByLabel('Slå ihop med')
    .selectOption({ label: '4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt' });
  await dialog.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(dialog).toBeHidden();
  const tree = page.getByRole('tree', { name: 'Kodbok' });
  await expect(tree).not.toContainText('Proaktivt arbetssätt');
  await expect(tree.getByRole('treeitem').filter({ hasText: 'Lagkrav på tillgång' })).toContainText(
    '1 markeringar i 1 dok.',
  );
  await expect(page.getByRole('complementary', { name: 'Markeringar' })).toContainText(
    'Lagkrav på tillgång till medicinsk bedömning dygnet runt',
  );
});

test('a codebook file with a bad row is refused with its line number and nothing is imported', async ({
  page,
  app,
}, testInfo) => {
  await openApp(page, app);
  await page.getByRole('tab', { name: 'Kodbok' }).click();
  const tree = page.getByRole('tree', { name: 'Kodbok' });
  const before = await tree.getByRole('treeitem').count();
  const bad = testInfo.outputPath('kodbok.csv');
  fs.writeFileSync(
    bad,
    'section;title;kind;parent\n9.1;Nytt förslag;förslag;\n9.2;;förslag;\n9.3;Annat;konstigt;\n',
  );
  await page.getByTestId('codebook-file').setInputFiles(bad);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('line 3');
  await expect(alert).toContainText('line 4');
  await expect(tree.getByRole('treeitem')).toHaveCount(before);

  const good = testInfo.outputPath('kodbok-ok.csv');
  fs.writeFileSync(
    good,
    'section;title;kind;parent\n9;Nytt kapitel;kapitel;\n9.1;Nytt förslag om vårdnära läkare;förslag;9\n',
  );
  await page.getByTestId('codebook-file').setInputFiles(good);
  await expect(tree.getByRole('treeitem')).toHaveCount(before + 2);
  await expect(tree).toContainText('Nytt förslag om vårdnära läkare');
});

test('the UI switches to English and back, and remembers the choice', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Responses' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Codebook' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Responses' })).toBeVisible();
  await page.getByLabel('Language').selectOption('sv');
  await expect(page.getByRole('navigation', { name: 'Remissvar' })).toBeVisible();
});

test('on first start the app asks for the coder name once, and records it', async ({ page }) => {
  const dataDir = makeDataDir();
  const app = await startApp(dataDir, { REMISSKOD_CODER_NAME: '' });
  try {
    await page.goto(app.url);
    const welcome = page.getByRole('dialog', { name: 'Välkommen till Remisskod' });
    await expect(welcome).toBeVisible();
    await welcome.getByLabel('Ditt namn').fill('Karin Kodare');
    await welcome.getByRole('button', { name: 'Börja koda' }).click();
    await expect(welcome).toBeHidden();
    await expect(page.getByRole('button', { name: /Kodare: Karin Kodare/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: /Kodare: Karin Kodare/ })).toBeVisible();
    await expect(welcome).toBeHidden();
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('no serious or critical accessibility violations (axe-core)', async ({ page, app }, testInfo) => {
  await openApp(page, app);
  await openDocument(page, DOC);
  await tagPassage(page, PHRASE, [['4.1.1', /Tillstyrker$/]]);
  const scan = async (label: string) => {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    fs.mkdirSync(testInfo.outputDir, { recursive: true });
    fs.writeFileSync(path.join(testInfo.outputDir, `axe-${label}.json`), JSON.stringify(bad, null, 2));
    expect(
      bad.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  };
  await scan('coding');
  await selectPhrase(page, 'Kalmar kommun stödjer utredningens');
  await expect(page.getByRole('dialog', { name: 'Koda passage' })).toBeVisible();
  await scan('popover');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Kodbok' }).click();
  await scan('codebook');
});
