// `tsx bench/perf/count-rerenders.ts`: on the large document, how many blocks' DOM changes when one passage is tagged (should be 1–2).
import fs from 'node:fs';
import { startApp } from '../../e2e/app-server';
import { openApp, openDocument, selectPassage, tagAndSave } from './app-measures';
import { benchProjects, workingCopy } from './bench-projects';
import { launchChromium, newPage } from './browser-pages';

const WATCH = String.raw`
window.__touched = new Set();
window.__observer = new MutationObserver((records) => {
  for (const r of records) {
    const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    const block = node && node.closest('[data-block-index]');
    if (block) window.__touched.add(block.getAttribute('data-block-index'));
  }
});
window.__observer.observe(document.querySelector('.document-editor'),
  { subtree: true, childList: true, attributes: true, characterData: true });
`;

async function main(): Promise<void> {
  const { largeDocument } = await benchProjects(false);
  const copy = workingCopy(largeDocument);
  const app = await startApp(copy.dataDir, { REMISSKOD_PROJECT: copy.file });
  const browser = await launchChromium();
  try {
    const page = await newPage(browser, true);
    await openApp(page, app.url);
    await openDocument(page, largeDocument.respondents[0]!);
    await page.waitForTimeout(5000); // let the idle-time decoration finish
    for (const n of [2, 5, 8]) {
      const picked = await selectPassage(page, n, 10);
      await page.evaluate(WATCH);
      const ms = await tagAndSave(page, picked.block, '4.1.1');
      const touched = await page.evaluate('(window.__observer.disconnect(), [...window.__touched])');
      console.log(
        `tagged block ${picked.block}: ${ms.toFixed(0)} ms; blocks whose DOM changed: ${JSON.stringify(touched)}`,
      );
    }
  } finally {
    await browser.close();
    await app.stop();
    fs.rmSync(copy.dataDir, { recursive: true, force: true });
  }
}

void main();
