// Helpers injected into every benchmark page (plain JS, so no transpiler helpers leak into the page).
export const IN_PAGE_HELPERS = String.raw`
window.__name = window.__name || ((f) => f);
/** The first child of el with the class, by index: no iterator or array, so nothing for the GC. */
const childWithClass = (el, name) => {
  for (let i = 0; el && i < el.children.length; i++)
    if (el.children[i].classList.contains(name)) return el.children[i];
  return null;
};
/**
 * The tagging popover on screen (a closed one stays one frame hidden before it is removed). Looked
 * for among the app root's children: a selector such as '.popover-host:not([hidden]) .tag-popover'
 * makes Chromium walk the whole page (~1 ms with a 300-page answer open), and the checks run on
 * every DOM change inside the timed waits, so the probe would slow what it times. For the same
 * reason it allocates nothing: spread and for…of here made 83 KB of garbage per tag, 8 % of what a
 * tag allocates, and so collections in the timed waits that the app itself would not cause.
 */
const shownPopover = () => {
  const app = childWithClass(document.getElementById('root'), 'app');
  for (let i = 0; app && i < app.children.length; i++) {
    const child = app.children[i];
    if (child.classList.contains('popover-host') && !child.hidden) return child.querySelector('.tag-popover');
  }
  return null;
};
window.__rk = {
  /** Resolves once predicate() is truthy, checking after every DOM change and every frame. */
  waitFor(predicate, timeoutMs = 60000) {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      let done = false;
      const check = () => {
        if (done) return;
        let value = null;
        try { value = predicate(); } catch (e) { value = null; }
        if (value) { done = true; observer.disconnect(); resolve(value); return; }
        if (performance.now() - started > timeoutMs) { done = true; observer.disconnect(); reject(new Error('timeout')); return; }
        requestAnimationFrame(check);
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      check();
    });
  },
  /** Resolves after the next frame has been produced (rAF, then a task after it). */
  nextPaint() {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  },
  /**
   * Resolves after three frames: what a scroll brings into view (content-visibility chunks, lazy
   * highlights) is laid out by then. A reader's hand needs far longer to start selecting after a scroll.
   */
  async settle() {
    for (let i = 0; i < 3; i++) await window.__rk.nextPaint();
  },
  /** Scrolls el from top to bottom by step px per frame; returns the frame deltas in ms. */
  async scrollThrough(el, step) {
    el.scrollTop = 0;
    await window.__rk.nextPaint();
    const deltas = [];
    let last = await new Promise((r) => requestAnimationFrame(r));
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
      el.scrollTop += step;
      const now = await new Promise((r) => requestAnimationFrame(r));
      deltas.push(now - last);
      last = now;
    }
    return deltas;
  },
  /** The n-th of total paragraphs, evenly spread over the document. */
  paragraph(selector, n, total) {
    const all = document.querySelectorAll(selector);
    return all[Math.floor(((n + 0.5) * all.length) / total)];
  },
  /** App: clicks a document in the list; ms until its text with highlights is painted. */
  async openDocument(name) {
    const buttons = [...document.querySelectorAll('nav.document-list button')];
    const button = buttons.find((b) => b.querySelector('.document-respondent')?.textContent === name);
    if (!button) throw new Error('no document ' + name);
    const started = performance.now();
    button.click();
    await window.__rk.waitFor(
      () => document.querySelector('.document-header h1')?.textContent === name &&
        document.querySelector('.document-editor [data-annotation-ids]'),
    );
    return (await window.__rk.nextPaint()) - started;
  },
  /** App: resolves once the named document shows with its highlights (e.g. the one opened at start). */
  async documentShown(name) {
    await window.__rk.waitFor(
      () => document.querySelector('.document-header h1')?.textContent === name &&
        document.querySelector('.document-editor [data-annotation-ids]'),
    );
    await window.__rk.nextPaint();
  },
  /** App: selects 30 characters in a paragraph, releases the mouse; ms until the popover shows. */
  async selectPassage(n, total) {
    const block = window.__rk.paragraph('.document-editor p[data-block-index]', n, total);
    block.scrollIntoView({ block: 'center' });
    await window.__rk.settle();
    const range = window.__rk.rangeIn(block, 30);
    if (!range) throw new Error('no text to select');
    const rect = range.getBoundingClientRect();
    const started = performance.now();
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    block.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
    await window.__rk.waitFor(shownPopover);
    return { ms: (await window.__rk.nextPaint()) - started, block: block.getAttribute('data-block-index') };
  },
  /**
   * App: clicks Save in the popover; ms until both the new highlight is painted and the backend has
   * answered the save (the header's save status counts no write in flight; being saved shows
   * nothing new, so that moment needs no painted frame).
   */
  async clickSave(blockIndex) {
    // the stance key's frame is painted first: a hand needs longer to reach Save (or Enter)
    await window.__rk.settle();
    const popover = shownPopover();
    const save = popover && popover.querySelector('.popover-actions button.primary');
    if (!save) throw new Error('no save button');
    if (!popover.querySelector('.stance-buttons [role=radio][aria-checked=true]'))
      throw new Error('the popover has no proposal with a stance chosen');
    const status = document.querySelector('.save-status');
    if (!status) throw new Error('no save status');
    // found before the clock starts; looked up again only if the app replaced the paragraph
    const blockSelector = '.document-editor [data-block-index="' + blockIndex + '"]';
    let block = document.querySelector(blockSelector);
    const highlighted = () => {
      if (!block || !block.isConnected) block = document.querySelector(blockSelector);
      return block && block.querySelector('.hl-selected');
    };
    const started = performance.now();
    save.click();
    // the popover closes in the same commit that counts the write, so both are checked together
    const saved = window.__rk
      .waitFor(() => !shownPopover() && status.getAttribute('data-pending-saves') === '0')
      .then(() => performance.now());
    await window.__rk.waitFor(() => !shownPopover() && highlighted());
    const shown = await window.__rk.nextPaint();
    return Math.max(shown, await saved) - started;
  },
  /** App: clicks a view in the header; ms until it shows its table (matrix) with rows and totals painted. */
  async openView(name, readySelector) {
    const buttons = [...document.querySelectorAll('nav.view-tabs button')];
    const button = buttons.find((b) => b.textContent.trim() === name);
    if (!button) throw new Error('no view ' + name);
    const started = performance.now();
    button.click();
    await window.__rk.waitFor(() => readySelector.split(', ').every((s) => document.querySelector(s)));
    return (await window.__rk.nextPaint()) - started;
  },
  /** Static page: selects text, does one HTTP round trip and wraps the text in a <mark>. */
  async markStatic(n, total) {
    const block = window.__rk.paragraph('p[data-block-index]', n, total);
    block.scrollIntoView({ block: 'center' });
    await window.__rk.settle();
    const range = window.__rk.rangeIn(block, 30);
    if (!range) throw new Error('no text to select');
    const started = performance.now();
    window.getSelection().addRange(range);
    await fetch('save', { method: 'POST', body: '{}' });
    range.surroundContents(document.createElement('mark'));
    return (await window.__rk.nextPaint()) - started;
  },
  /** Waits for a window property set by a page script or a watcher, and returns it. */
  async mark(name) {
    await window.__rk.waitFor(() => window[name] !== undefined);
    return window[name];
  },
  /** A range over the first n characters of the first long text node inside el. */
  rangeIn(el, n) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.textContent || '').length < n + 10) continue;
      const range = document.createRange();
      range.setStart(node, 2);
      range.setEnd(node, 2 + n);
      return range;
    }
    return null;
  },
};
`;

/** Records window.__listShownAt: when the app's document list first painted (ms since navigation). */
export const WATCH_DOCUMENT_LIST = String.raw`
document.addEventListener('DOMContentLoaded', () => {
  window.__rk
    .waitFor(() => document.querySelector('.document-list li'))
    .then(() => window.__rk.nextPaint())
    .then((t) => { window.__listShownAt = t; })
    .catch(() => {});
});
`;
