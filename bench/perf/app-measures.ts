// What a user waits for in the real app, measured inside the page (ms, up to the frame that shows it).
import type { Page } from '@playwright/test';

const call = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(`window.__rk.${fn}(${args.map((a) => JSON.stringify(a)).join(', ')})`) as Promise<T>;

/** Navigates to the app; returns ms from navigation start until the document list was painted. */
export async function openApp(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return call<number>(page, 'mark', '__listShownAt');
}

/** Loads the static baseline page; ms from navigation start until its marks were painted. */
export async function openStatic(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return call<number>(page, 'mark', '__paintedAt');
}

/** Clicks a document in the list; ms until its text with highlights is painted. */
export const openDocument = (page: Page, respondent: string) =>
  call<number>(page, 'openDocument', respondent);

/** Waits until the named document shows with its highlights (the app opens the first listed one at start). */
export const documentShown = (page: Page, respondent: string) =>
  call<void>(page, 'documentShown', respondent);

/** Scrolls the reading pane (app and static page alike) top to bottom, `step` px a frame. */
export const scrollDocument = (page: Page, step: number) =>
  page.evaluate(`window.__rk.scrollThrough(document.querySelector('.reader'), ${step})`) as Promise<number[]>;

/** Selects text in the n-th of `of` paragraphs and releases the mouse: ms until the popover shows. */
export const selectPassage = (page: Page, n: number, of: number) =>
  call<{ ms: number; block: string }>(page, 'selectPassage', n, of);

/**
 * Fills the popover from the keyboard like a coder (not timed): the search field has the focus, so
 * type the proposal, Enter picks it, 1 sets the first stance. Then clicks Save: ms until the
 * highlight shows (saved). Keys rather than Playwright locators: a locator walks the whole page in
 * the page's own heap (~2 MB of garbage per tag on the 300-page answer), and the collections that
 * garbage causes would land in the timed waits; a user's typing makes none of it.
 */
export async function tagAndSave(page: Page, block: string, section: string): Promise<number> {
  await page.keyboard.type(section);
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  return call<number>(page, 'clickSave', block);
}

/** Static page: select, one HTTP round trip, wrap in <mark>: the floor for select + tag. */
export const markStatic = (page: Page, n: number, of: number) => call<number>(page, 'markStatic', n, of);

/** Opens the matrix view from the coding view; ms until its rows and totals are painted. */
export const openMatrixView = (page: Page) =>
  call<number>(
    page,
    'openView',
    'Matris',
    '.matrix-table tbody .matrix-respondent ~ td .stance-chip, .matrix-table .matrix-total',
  );
