// Two open answers: switching back shows the same place and the coding done meanwhile, without a reload.
import type { Page } from '@playwright/test';
import { expect, openApp, openDocument, tagPassage, test } from './fixtures';

const KALMAR = 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning';
const BLEKINGE = 'Region Blekinge ställer sig tveksam till att ett lagkrav';
const BLEKINGE_LATER = 'Region Blekinge instämmer därför inte i förslaget att kommunerna frivilligt';

/** Tags a passage through the API, as a merge or a second window would, without the UI knowing. */
async function tagBehindTheScenes(page: Page, respondent: string, phrase: string): Promise<void> {
  await page.evaluate(
    async ({ respondent, phrase }) => {
      const token = sessionStorage.getItem('remisskod-token');
      const call = async (channel: string, input: unknown) => {
        const response = await fetch(`api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Remisskod-Token': token ?? '' },
          body: JSON.stringify(input),
        });
        const body = (await response.json()) as { ok: boolean; value: unknown };
        if (!body.ok) throw new Error(JSON.stringify(body));
        return body.value;
      };
      const docs = (await call('documents:list', {})) as { id: string; respondent: string }[];
      const doc = docs.find((d) => d.respondent === respondent)!;
      const full = (await call('documents:get', { id: doc.id })) as { text: string };
      const start = full.text.indexOf(phrase);
      await call('annotations:create', {
        documentId: doc.id,
        start,
        end: start + phrase.length,
        tags: [{ codeId: 'sou2024-72-5.4', stanceId: 'opposes' }],
        comment: '',
      });
    },
    { respondent, phrase },
  );
}

test('switching between two answers keeps each one’s place and shows what changed meanwhile', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const reader = page.locator('main.reader');
  const highlights = page.locator('.document-editor [data-annotation-ids]');
  const scrollTop = () => reader.evaluate((el) => el.scrollTop);

  await openDocument(page, 'Kalmar kommun');
  await tagPassage(page, KALMAR, [['4.1.1', /Tillstyrker$/]]);
  await reader.evaluate((el) => el.scrollTo({ top: 400 }));
  await expect.poll(scrollTop).toBe(400);

  await openDocument(page, 'Region Blekinge');
  await expect(page.locator('.document-editor')).toHaveCount(1);
  await expect.poll(scrollTop).toBe(0);
  await tagPassage(page, BLEKINGE, [['4.1.1', /Tveksam/]]);
  await expect(highlights).toHaveCount(1);

  // back to Kalmar: its highlight and its place are still there
  await openDocument(page, 'Kalmar kommun');
  await expect(highlights).toHaveCount(1);
  await expect(highlights.first()).toContainText('Vi stödjer');
  await expect.poll(scrollTop).toBe(400);

  // undo the Blekinge tagging while Kalmar is shown, and tag Blekinge from elsewhere
  await page.keyboard.press('Control+z');
  await expect(highlights).toHaveCount(1);
  await tagBehindTheScenes(page, 'Region Blekinge', BLEKINGE_LATER);

  await openDocument(page, 'Region Blekinge');
  await expect(highlights).toHaveCount(1);
  await expect(highlights.first()).toContainText('instämmer därför inte');
});

test('leaving the coding view for the matrix and coming back finds the answer where it was', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const reader = page.locator('main.reader');
  await openDocument(page, 'Kalmar kommun');
  await tagPassage(page, KALMAR, [['4.1.1', /Tillstyrker$/]]);
  await reader.evaluate((el) => el.scrollTo({ top: 300 }));
  const views = page.getByRole('navigation', { name: 'Vyer' });
  await views.getByRole('button', { name: 'Matris' }).click();
  await expect(page.getByRole('button', { name: /^Kalmar kommun, 4\.1\.1:/ })).toBeVisible();
  await expect(page.locator('.document-editor')).toBeHidden();
  await views.getByRole('button', { name: 'Kodning' }).click();
  await expect(page.locator('.document-header h1')).toHaveText('Kalmar kommun');
  await expect(page.locator('.document-editor [data-annotation-ids]')).toHaveCount(1);
  await expect.poll(() => reader.evaluate((el) => el.scrollTop)).toBe(300);
});

test('clicking the shown answer again keeps the other one ready and shows what was tagged elsewhere', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const highlights = page.locator('.document-editor [data-annotation-ids]');
  await openDocument(page, 'Kalmar kommun');
  await openDocument(page, 'Region Blekinge');
  // Kalmar is kept rendered (hidden) beside Blekinge, for switching back at once
  await expect(page.locator('.doc-text')).toHaveCount(2);

  await tagBehindTheScenes(page, 'Region Blekinge', BLEKINGE_LATER);
  await expect(highlights).toHaveCount(0);
  await openDocument(page, 'Region Blekinge');
  await expect(highlights).toHaveCount(1);
  await expect(highlights.first()).toContainText('instämmer därför inte');
  await expect(page.locator('.doc-text')).toHaveCount(2);

  await openDocument(page, 'Kalmar kommun');
  await expect(page.locator('.document-header h1')).toHaveText('Kalmar kommun');
  await expect(page.locator('.doc-text')).toHaveCount(2);
});
