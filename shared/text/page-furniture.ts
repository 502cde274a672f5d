// Removes page furniture: page counters, running headers/footers, repeated diary numbers, letterhead.
import type { Line } from './raw-line';
import {
  endsWithReportReference,
  isBarePageNumber,
  isDiaryLine,
  isDocTypeLabel,
  isHeaderWithCounter,
  isLetterheadLine,
  isPageCounter,
} from './furniture-patterns';

const EDGE_LINES = 4;
const ZONE_REACH = 12;

type Drop = 'page' | 'letterhead';

/** Returns the lines with furniture removed; the line after removed page furniture gets pageBreakBefore. */
export function removePageFurniture(lines: readonly Line[]): Line[] {
  const drop = new Map<number, Drop>();
  const anchors = findPageAnchors(lines, drop);
  markRepeatedEdgeLines(lines, drop, anchors);
  for (const anchor of anchors) markZone(lines, drop, anchor);
  markHeadLetterhead(lines, drop);
  return rebuild(lines, drop);
}

/** Page counters and page boundaries; each is the centre of a header/footer zone. */
function findPageAnchors(lines: readonly Line[], drop: Map<number, Drop>): Set<number> {
  const anchors = new Set<number>();
  lines.forEach((line, i) => {
    if (isPageCounter(line.text) || isHeaderWithCounter(line.spaced)) {
      drop.set(i, 'page');
      anchors.add(i);
    }
  });
  for (const [first, last] of pageRanges(lines)) {
    for (const i of edgeIndexes(first, last)) {
      if (isBarePageNumber(lines[i]!.text)) {
        drop.set(i, 'page');
        anchors.add(i);
      }
    }
  }
  return anchors;
}

/** [first, last] index of each known page (one range when pages are unknown). */
function pageRanges(lines: readonly Line[]): Array<[number, number]> {
  if (lines.length === 0 || lines[0]!.page === undefined) return [];
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i === lines.length || lines[i]!.page !== lines[start]!.page) {
      ranges.push([start, i - 1]);
      start = i;
    }
  }
  return ranges;
}

function edgeIndexes(first: number, last: number): number[] {
  const out = new Set<number>();
  for (let k = 0; k < EDGE_LINES; k++) {
    if (first + k <= last) out.add(first + k);
    if (last - k >= first) out.add(last - k);
  }
  return [...out];
}

/** Ranges of pages: real pages when known, else stretches between page counters. */
function pseudoPages(lines: readonly Line[], anchors: Set<number>): Array<[number, number]> {
  const real = pageRanges(lines);
  if (real.length > 0) return real;
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const sorted = [...anchors].sort((a, b) => a - b);
  for (const a of sorted) {
    if (a > start) ranges.push([start, a - 1]);
    start = a + 1;
  }
  if (start < lines.length) ranges.push([start, lines.length - 1]);
  return ranges;
}

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();
}

/** Short lines at the top or bottom of several pages with the same wording (digits ignored). */
function markRepeatedEdgeLines(lines: readonly Line[], drop: Map<number, Drop>, anchors: Set<number>): void {
  const pages = pseudoPages(lines, anchors);
  if (pages.length < 2) return;
  const seen = new Map<string, { pages: Set<number>; indexes: number[] }>();
  pages.forEach(([first, last], pageIndex) => {
    for (const i of edgeIndexes(first, last)) {
      const text = lines[i]!.text;
      if (text.length > 120) continue;
      const key = furnitureKey(text);
      const entry = seen.get(key) ?? { pages: new Set<number>(), indexes: [] };
      entry.pages.add(pageIndex);
      entry.indexes.push(i);
      seen.set(key, entry);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const entry of seen.values()) {
    if (entry.pages.size < needed) continue;
    for (const i of entry.indexes) {
      drop.set(i, 'page');
      anchors.add(i);
    }
  }
}

/** Page number that a counter line announces ("Sida 5 (9)" → 5), when it says so. */
function announcedPage(line: Line): number | undefined {
  if (!isPageCounter(line.text) && !isHeaderWithCounter(line.spaced)) return line.page;
  const match = /(\d{1,4})\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|\/)\s*\d{1,4})\s*$/iu.exec(line.text);
  if (match) return Number(match[1]);
  return line.page;
}

/** Extends a header/footer zone around a page anchor over furniture-like lines. */
function markZone(lines: readonly Line[], drop: Map<number, Drop>, anchor: number): void {
  const page = announcedPage(lines[anchor]!);
  const allowTitle = page === undefined || page > 1;
  for (const direction of [-1, 1] as const) {
    let i = anchor + direction;
    let steps = 0;
    while (i >= 0 && i < lines.length && steps < ZONE_REACH) {
      if (drop.has(i)) {
        i += direction;
        steps++;
        continue;
      }
      const title = allowTitle ? titleBlockLength(lines, i, direction) : 0;
      if (title > 0) {
        for (let k = 0; k < title; k++) drop.set(i + k * direction, 'page');
        i += title * direction;
        steps += title;
        continue;
      }
      if (!isFurnitureLike(lines[i]!)) break;
      drop.set(i, 'page');
      i += direction;
      steps++;
    }
  }
}

function isFurnitureLike(line: Line): boolean {
  return isDiaryLine(line.text) || isDocTypeLabel(line.text) || isLetterheadLine(line.spaced);
}

/**
 * A running title of up to three lines ending in the report reference ("… (SOU 2024:72)"),
 * standing alone between gaps. Returns how many lines it spans from `start` in `direction`.
 */
function titleBlockLength(lines: readonly Line[], start: number, direction: 1 | -1): number {
  for (let size = 1; size <= 3; size++) {
    const first = direction === 1 ? start : start - size + 1;
    const last = first + size - 1;
    if (first < 0 || last >= lines.length) return 0;
    const block = lines.slice(first, last + 1);
    if (block.slice(1).some((l) => l.gapBefore > 0 || l.pageBreakBefore)) return 0;
    if (!endsWithReportReference(lines[last]!.text)) continue;
    const after = lines[last + 1];
    const closed = after === undefined || after.gapBefore > 0 || after.pageBreakBefore;
    const opened = first === 0 || lines[first]!.gapBefore > 0 || lines[first]!.pageBreakBefore;
    return closed && opened && block.every((l) => l.text.length <= 100) ? size : 0;
  }
  return 0;
}

/** Letterhead lines before the first real paragraph of the document. */
function markHeadLetterhead(lines: readonly Line[], drop: Map<number, Drop>): void {
  for (let i = 0; i < lines.length && i < 60; i++) {
    const line = lines[i]!;
    if (drop.has(i)) continue;
    if (isLetterheadLine(line.spaced) || isDiaryLine(line.text)) {
      drop.set(i, 'letterhead');
      continue;
    }
    const next = lines[i + 1];
    const paragraphStarts =
      line.text.length >= 40 && next !== undefined && next.gapBefore === 0 && !isLetterheadLine(next.spaced);
    if (paragraphStarts) return;
  }
}

function rebuild(lines: readonly Line[], drop: Map<number, Drop>): Line[] {
  const out: Line[] = [];
  let pendingGap = 0;
  let pendingPage = false;
  let pendingLetterhead = false;
  lines.forEach((line, i) => {
    const kind = drop.get(i);
    if (kind !== undefined) {
      pendingGap += line.gapBefore + 1;
      pendingPage ||= kind === 'page' || line.pageBreakBefore;
      pendingLetterhead ||= kind === 'letterhead';
      return;
    }
    if (out.length === 0) {
      out.push({ ...line, gapBefore: 0, pageBreakBefore: false });
    } else if (pendingPage) {
      out.push({ ...line, gapBefore: 0, pageBreakBefore: true });
    } else if (pendingLetterhead) {
      out.push({ ...line, gapBefore: Math.max(2, line.gapBefore + pendingGap) });
    } else {
      out.push({ ...line });
    }
    pendingGap = 0;
    pendingPage = false;
    pendingLetterhead = false;
  });
  return out;
}
