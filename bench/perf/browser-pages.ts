// Chromium for the benchmarks, and pages with the in-page helpers and a CDP session for memory.
import { chromium, type Browser, type Page } from '@playwright/test';
import { IN_PAGE_HELPERS, WATCH_DOCUMENT_LIST } from './in-page-helpers';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.REMISSKOD_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A page in a fresh context (cold cache); `watchList` records when the app's document list painted. */
export async function newPage(browser: Browser, watchList = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(IN_PAGE_HELPERS);
  if (watchList) await context.addInitScript(WATCH_DOCUMENT_LIST);
  return context.newPage();
}

/** JS heap in use after a forced garbage collection, in MB (CDP Performance.getMetrics). */
export async function usedHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return used / 1024 ** 2;
  } finally {
    await cdp.detach();
  }
}
