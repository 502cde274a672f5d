// Playwright fixtures: a fresh data folder and a running app per test, and page helpers.
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import { makeDataDir, startApp, type RunningApp } from './app-server';

interface Fixtures {
  app: RunningApp;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern for fixtures
  app: async ({}, use) => {
    const dataDir = makeDataDir();
    const app = await startApp(dataDir);
    await use(app);
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Opens the app and waits until the demo project's documents are listed. */
export async function openApp(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await expect(
    page
      .getByRole('navigation', { name: /Remissvar|Responses/ })
      .getByRole('button')
      .first(),
  ).toBeVisible();
}

export async function openDocument(page: Page, respondent: string | RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: /Remissvar|Responses/ })
    .getByRole('button', { name: respondent })
    .click();
  await expect(page.locator('.document-header h1')).toHaveText(respondent);
}

/** Selects the first occurrence of `phrase` in the editor with a real mouse drag. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  // Scroll first and let the page settle: chunks scrolled past are laid out in the next frames
  // (content-visibility), which can move the text before a user would start the drag.
  await page.evaluate(async (text) => {
    const root = document.querySelector('.document-editor');
    if (!root) throw new Error('no editor');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.textContent?.indexOf(text) ?? -1) < 0) continue;
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      return;
    }
    throw new Error(`phrase not found: ${text}`);
  }, phrase);
  const box = await page.evaluate((text) => {
    const root = document.querySelector('.document-editor');
    if (!root) throw new Error('no editor');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(text) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + text.length);
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`phrase not found: ${text}`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/**
 * Tags `phrase` (selected with the mouse) with one or more proposals, each found by typing
 * `query` in the palette and given the stance whose button matches `stance`.
 */
export async function tagPassage(
  page: Page,
  phrase: string,
  tags: [query: string, stance: RegExp][],
): Promise<void> {
  await selectPhrase(page, phrase);
  const popover = page.getByRole('dialog', { name: 'Koda passage' });
  for (const [query, stance] of tags) {
    await popover.getByLabel(/Förslag/).fill(query);
    await popover.getByLabel(/Förslag/).press('Enter');
    await popover.getByRole('radiogroup').last().getByRole('radio', { name: stance }).click();
  }
  await popover.getByRole('button', { name: 'Spara' }).click();
  await expect(popover).toBeHidden();
  // the highlight shows at once; the backend has it once no write is in flight
  await expect(page.locator('.save-status')).toHaveAttribute('data-pending-saves', '0');
}
