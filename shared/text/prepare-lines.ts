// Turns raw extracted lines into non-blank lines that know the gap and page break before them.
import type { Line, RawLine } from './raw-line';
import { collapseSpaces, normalizeChars } from './normalize-chars';

/** Splits plain text into raw lines; a form feed starts a new page. */
export function textToRawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  const hasPages = text.includes('\f');
  let page = 1;
  text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
    const parts = raw.split('\f');
    parts.forEach((part, partIndex) => {
      if (partIndex > 0) page += 1;
      if (partIndex > 0 && part.trim() === '') return;
      out.push(hasPages ? { text: part, line: index + 1, page } : { text: part, line: index + 1 });
    });
  });
  return out;
}

/**
 * Drops blank lines, recording how many preceded each line and whether a page boundary did.
 * In text without page numbers, a line that starts with a space right after another line is
 * taken as a page start (PDF-to-text tools write one there); the reflow rules treat it so.
 */
export function prepareLines(raw: readonly RawLine[]): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  let gapHasSpaces = false;
  let previousPage: number | undefined;
  for (const rawLine of raw) {
    const spaced = normalizeChars(rawLine.text)
      .replace(/\n/gu, ' ')
      .replace(/\s+$/u, '')
      .replace(/^\s+/u, '');
    const text = collapseSpaces(spaced);
    if (text === '') {
      gap += 1;
      gapHasSpaces ||= rawLine.text.length > 0 && !rawLine.hint;
      continue;
    }
    const indentedStart =
      rawLine.page === undefined && !rawLine.hint && gap === 0 && /^[ \t]/u.test(rawLine.text);
    const line: Line = {
      text,
      spaced,
      gapBefore: lines.length === 0 ? 0 : gap,
      pageBreakBefore:
        lines.length > 0 && ((rawLine.page !== undefined && rawLine.page !== previousPage) || indentedStart),
    };
    if (gapHasSpaces && lines.length > 0) line.gapHasSpaces = true;
    if (rawLine.page !== undefined) line.page = rawLine.page;
    if (rawLine.line !== undefined) line.line = rawLine.line;
    if (rawLine.hint) line.hint = rawLine.hint;
    lines.push(line);
    previousPage = rawLine.page;
    gap = 0;
    gapHasSpaces = false;
  }
  return lines;
}
