// The exported HTML compilation, opened in a real browser, runs nothing from documents, respondents or comments.
import { test, expect } from '@playwright/test';
import { buildCompilation } from '../shared/compilation/build-compilation';
import { SAMPLE_CODES } from '../shared/compilation/sample-snapshot';
import { buildTestSnapshot } from '../shared/compilation/test-snapshot';
import { exportCompilationHtml } from '../electron/exporters/html-export';

const SCRIPT = '<script>window.__pwned = 1; alert("xss")</script>';
const IMG = '<img src=x onerror="window.__pwned = 2; alert(2)">';

test('a remissvar with <script> and <img onerror> does not run in the exported HTML', async ({ page }) => {
  const snapshot = buildTestSnapshot({
    name: `Projekt ${IMG}`,
    codes: SAMPLE_CODES,
    documents: [
      {
        id: 'x',
        respondent: `Ond kommun ${IMG}`,
        respondentType: 'kommun',
        fileName: 'ond.txt',
        blocks: [{ text: `Vi tillstyrker ${SCRIPT} förslaget.` }],
      },
    ],
    annotations: [
      {
        documentId: 'x',
        quote: `Vi tillstyrker ${SCRIPT} förslaget.`,
        tags: [{ codeId: '4.1.1', stanceId: 'supports' }],
        comment: `</blockquote></p>${SCRIPT}<svg onload="alert(3)">`,
      },
    ],
  });
  const html = await exportCompilationHtml(buildCompilation(snapshot, {}, 'sv', new Date(2025, 2, 14)));

  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForTimeout(300);

  await expect(page.locator('body')).toContainText(`Vi tillstyrker ${SCRIPT} förslaget.`);
  await expect(page.locator('body')).toContainText(`Ond kommun ${IMG}`);
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    scripts: document.querySelectorAll('script').length,
    images: document.querySelectorAll('img, svg, iframe').length,
  }));
  expect(found).toEqual({ pwned: null, scripts: 0, images: 0 });
  expect(dialogs).toEqual([]);
});
