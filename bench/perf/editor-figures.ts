// Editor figures on the 300-page document: open, memory, scroll, select + tag, switch; with baselines.
import fs from 'node:fs';
import type { Browser } from '@playwright/test';
import { startApp } from '../../e2e/app-server';
import { ProjectSession } from '../../electron/core/project/project-session';
import { getDocument, listDocuments } from '../../electron/core/db/tables/documents';
import { listAnnotationsForDocument } from '../../electron/core/db/tables/annotations';
import {
  documentShown,
  markStatic,
  openApp,
  openDocument,
  openStatic,
  scrollDocument,
  selectPassage,
  tagAndSave,
} from './app-measures';
import type { BenchProject } from './bench-projects';
import { workingCopy } from './bench-projects';
import { newPage, usedHeapMb } from './browser-pages';
import { withBaseline, type Figure } from './figure';
import { serveStatic, staticDocumentHtml } from './static-baseline';

import { max, median, percentile } from './stats';

const OPEN_RUNS = 3;
/** 40: with 20, the p95 is the second-highest tag, barely apart from the worst one. */
const TAG_RUNS = 40;
const SWITCH_RUNS = 3;
const SCROLL_STEP = 400;
const SECTIONS = ['4.1.1', '4.1.5', '5.4'];

/** The project's documents in the app's list order: the app opens the first by itself at start. */
function listedDocuments(file: string): { id: string; respondent: string }[] {
  const session = ProjectSession.open(file, { readonly: true });
  try {
    return listDocuments(session.db).map((d) => ({ id: d.id, respondent: d.respondent }));
  } finally {
    session.close();
  }
}

function staticPage(file: string, documentId: string): string {
  const session = ProjectSession.open(file, { readonly: true });
  try {
    return staticDocumentHtml(
      getDocument(session.db, documentId)!,
      listAnnotationsForDocument(session.db, documentId),
    );
  } finally {
    session.close();
  }
}

export async function editorFigures(
  browser: Browser,
  project: BenchProject,
  log: (s: string) => void,
): Promise<Figure[]> {
  // The app opens the first listed document at start (B); the one measured is opened by a click (A).
  const [first, second] = listedDocuments(project.path) as [
    { id: string; respondent: string },
    { id: string; respondent: string },
  ];
  const nameA = second.respondent;
  const nameB = first.respondent;
  const size = `${Math.round(project.characters / project.documents / 1000)}k characters, ${Math.round(project.annotations / project.documents)} annotations`;

  // Baseline: the static page with the same text and marks, in the same Chromium.
  const server = await serveStatic(new Map([['a.html', staticPage(project.path, second.id)]]));
  const staticOpen: number[] = [];
  const staticPageForScroll = await newPage(browser);
  for (let i = 0; i < OPEN_RUNS; i++) {
    const page = await newPage(browser);
    staticOpen.push(await openStatic(page, `${server.url}a.html`));
    await page.context().close();
  }
  await openStatic(staticPageForScroll, `${server.url}a.html`);
  const staticFrames = await scrollDocument(staticPageForScroll, SCROLL_STEP);
  const staticMark: number[] = [];
  await markStatic(staticPageForScroll, 1, 2 * TAG_RUNS); // first use, apart, as in the app
  for (let i = 0; i < TAG_RUNS; i++) staticMark.push(await markStatic(staticPageForScroll, i, TAG_RUNS));
  await staticPageForScroll.context().close();
  await server.close();
  log(`static baseline: open ${median(staticOpen).toFixed(0)} ms`);

  const copy = workingCopy(project);
  const app = await startApp(copy.dataDir, { REMISSKOD_PROJECT: copy.file });
  try {
    const open: number[] = [];
    let heapBefore = NaN;
    for (let i = 0; i < OPEN_RUNS; i++) {
      const page = await newPage(browser, true);
      await openApp(page, app.url);
      if (i === 0) heapBefore = await usedHeapMb(page);
      await documentShown(page, nameB);
      open.push(await openDocument(page, nameA));
      await page.context().close();
    }
    log(`open: ${open.map((v) => v.toFixed(0)).join(', ')} ms`);

    const page = await newPage(browser, true);
    await openApp(page, app.url);
    await documentShown(page, nameB);
    await openDocument(page, nameA);
    // long documents are decorated progressively: measure the heap with every highlight drawn
    await page.locator('.document-editor[data-highlights="all"]').waitFor({ timeout: 60_000 });
    const heap = await usedHeapMb(page);
    const frames = await scrollDocument(page, SCROLL_STEP);
    log(`scroll: ${frames.length} frames, max ${max(frames).toFixed(0)} ms`);

    // the session's first tag compiles the popover and save code: timed, reported apart, not in the p95
    const firstPick = await selectPassage(page, 1, 2 * TAG_RUNS);
    const firstRun = firstPick.ms + (await tagAndSave(page, firstPick.block, SECTIONS[0]!));
    const select: number[] = [];
    const save: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < TAG_RUNS; i++) {
      const picked = await selectPassage(page, i, TAG_RUNS);
      const saved = await tagAndSave(page, picked.block, SECTIONS[i % SECTIONS.length]!);
      select.push(picked.ms);
      save.push(saved);
      total.push(picked.ms + saved);
    }
    log(
      `select+tag: p95 ${percentile(total, 95).toFixed(0)} ms (mouse-up → popover p95 ${percentile(select, 95).toFixed(0)} ms, Save → saved highlight p95 ${percentile(save, 95).toFixed(0)} ms; the session's first tag ${firstRun.toFixed(0)} ms)`,
    );

    // two open documents (B, opened at start, stays rendered behind A): the reader flips between them
    const switches: number[] = [];
    for (let i = 0; i < SWITCH_RUNS; i++) {
      switches.push(await openDocument(page, nameB));
      switches.push(await openDocument(page, nameA));
    }
    log(`switch: ${switches.map((v) => v.toFixed(0)).join(', ')} ms`);
    await page.context().close();

    const staticOpenMs = median(staticOpen);
    return [
      withBaseline({
        id: 'open-document',
        what: 'open a document to first highlighted paint',
        size,
        value: median(open),
        unit: 'ms',
        stat: `median of ${OPEN_RUNS}`,
        target: '≤ 2× static page',
        pass: median(open) <= 2 * staticOpenMs,
        baseline: { what: 'static HTML + <mark>', value: staticOpenMs },
        details: { runs: open, staticRuns: staticOpen },
      }),
      withBaseline({
        id: 'select-tag',
        what: 'select + tag until highlight shows (saved)',
        size,
        value: percentile(total, 95),
        unit: 'ms',
        stat: `p95 of ${TAG_RUNS}`,
        target: 'p95 ≤ 50 ms',
        pass: percentile(total, 95) <= 50,
        baseline: { what: 'static <mark> + HTTP round trip', value: percentile(staticMark, 95) },
        note: "sum of the two waits: mouse-up → popover painted, and Save → the later of highlight painted and save answered by the backend (typing in the popover is not counted); the session's first tag is timed apart (details.firstRun)",
        details: {
          selectP95: percentile(select, 95),
          saveP95: percentile(save, 95),
          selectMedian: median(select),
          saveMedian: median(save),
          firstRun,
          // the figure as runs before 40 tags gave it: the second-highest of the first 20
          p95OfFirst20: percentile(total.slice(0, 20), 95),
          total,
        },
      }),
      withBaseline({
        id: 'scroll-max',
        what: 'scroll through the whole document: worst frame',
        size,
        value: max(frames),
        unit: 'ms',
        stat: `max of ${frames.length} frames`,
        target: '≤ 50 ms',
        pass: max(frames) <= 50,
        baseline: { what: 'static page', value: max(staticFrames) },
        details: { step: SCROLL_STEP, over50: frames.filter((f) => f > 50).length },
      }),
      withBaseline({
        id: 'scroll-p95',
        what: 'scroll through the whole document: p95 frame',
        size,
        value: percentile(frames, 95),
        unit: 'ms',
        stat: `p95 of ${frames.length} frames`,
        target: '≤ 20 ms',
        pass: percentile(frames, 95) <= 20,
        baseline: { what: 'static page', value: percentile(staticFrames, 95) },
      }),
      withBaseline({
        id: 'switch-document',
        what: 'switch between two open documents',
        size: `2 × ${size}`,
        value: max(switches),
        unit: 'ms',
        stat: `max of ${switches.length}`,
        target: '≤ 300 ms',
        pass: max(switches) <= 300,
        baseline: { what: 'static page open', value: staticOpenMs },
        note: 'both documents open (B, opened by the app at start, and A, opened by a click): B ↔ A',
        details: { runs: switches },
      }),
      withBaseline({
        id: 'memory',
        what: 'renderer JS heap, large document open (a second one parked)',
        size,
        value: heap,
        unit: 'MB',
        stat: 'after GC',
        target: '≤ 300 MB',
        pass: heap <= 300,
        baseline: { what: 'app when its list first painted', value: heapBefore },
      }),
    ];
  } finally {
    await app.stop();
    fs.rmSync(copy.dataDir, { recursive: true, force: true });
  }
}
