// A remissvar (and a comment) containing <script> and <img onerror> is shown as text and runs nothing in the app.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeDataDir, startApp } from './app-server';
import { expect, openApp, openDocument, selectPhrase, test } from './fixtures';

const CLI = path.resolve(__dirname, '..', 'dist', 'cli', 'cli.cjs');
const SCRIPT = '<script>window.__pwned = 1; alert(1)</script>';
const IMG = '<img src=x onerror="window.__pwned = 2; alert(2)">';
const HOSTILE = [
  'Yttrande från Hackarby kommun',
  '',
  `Kommunen tillstyrker ${SCRIPT} förslaget om medicinsk bedömning.`,
  '',
  `Vi avstyrker ${IMG} förslaget om läkare.`,
  '',
  '<iframe src="javascript:alert(3)"></iframe> <svg onload="alert(4)"></svg> <a href="javascript:alert(5)">länk</a>',
].join('\n');

test('markup in an imported remissvar and in a comment is shown as text and never runs', async ({ page }) => {
  const dataDir = makeDataDir();
  // First start creates the demo project; stop it, import the hostile file with the CLI, start again.
  let app = await startApp(dataDir);
  const projectPath = fs.readdirSync(dataDir).find((n) => n.endsWith('.remisskod'))!;
  await app.stop();
  const file = path.join(dataDir, 'hackarby-kommun.txt');
  fs.writeFileSync(file, HOSTILE);
  execFileSync(process.execPath, [CLI, 'import', path.join(dataDir, projectPath), file]);
  app = await startApp(dataDir);

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await openApp(page, app);
    await openDocument(page, /Hackarby/);
    const editor = page.locator('.document-editor');
    await expect(editor).toContainText(SCRIPT);
    await expect(editor).toContainText(IMG);
    await expect(editor).toContainText('<iframe src="javascript:alert(3)"></iframe>');

    // Tag the script text and write markup into the comment too.
    await selectPhrase(page, SCRIPT);
    const popover = page.getByRole('dialog', { name: 'Koda passage' });
    await popover.getByLabel(/Förslag/).fill('4.1.1');
    await popover.getByLabel(/Förslag/).press('Enter');
    await popover.getByRole('radio', { name: /^1\s*Tillstyrker$/ }).click();
    await popover.getByLabel(/Kommentar/).fill(`Kommentar ${IMG}`);
    await popover.getByRole('button', { name: 'Spara' }).click();
    const panel = page.getByRole('complementary', { name: 'Markeringar' });
    await expect(panel.getByText(`Kommentar ${IMG}`)).toBeVisible();

    await page.reload();
    await openDocument(page, /Hackarby/);
    await expect(editor).toContainText(SCRIPT);
    await page.waitForTimeout(500); // give an onerror handler time to fire, if one had been created

    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      elements: document.querySelectorAll(
        '.document-editor script, .document-editor img, .document-editor iframe, .document-editor svg, .document-editor a[href^="javascript"], aside img, aside script',
      ).length,
      imgX: document.querySelectorAll('img[src="x"]').length,
    }));
    expect(injected).toEqual({ pwned: null, elements: 0, imgX: 0 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
