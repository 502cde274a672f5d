// Re-flows wrapped lines into paragraphs: decides at every line break whether a paragraph ends.
import type { Line } from './raw-line';
import { joinLineText } from './join-lines';
import {
  bulletPrefix,
  endsOpen,
  endsSentence,
  firstWord,
  headingNumber,
  numberedItemPrefix,
  startsLower,
  startsUpper,
} from './line-patterns';

/** Lines re-flowed into one paragraph (or heading, or list item) of text. */
export interface Paragraph {
  text: string;
  lines: Line[];
}

/** Groups lines into paragraphs, joining the lines of each with hyphen mending. */
export function reflow(lines: readonly Line[]): Paragraph[] {
  const width = typicalWidth(lines);
  const doubleSpaced = isDoubleSpaced(lines);
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const soft = doubleSpaced && isSoftGap(lines, i);
    const firstOfParagraph = current !== null && current.lines.length === 1;
    if (current && previous && !endsParagraph(previous, line, width, soft, lines[i + 1], firstOfParagraph)) {
      current.text = joinLineText(current.text, line.text);
      current.lines.push(line);
      return;
    }
    current = { text: line.text, lines: [line] };
    out.push(current);
  });
  return out;
}

/** The length of a full line: the 80th percentile of line lengths (lines of 20+ characters). */
export function typicalWidth(lines: readonly Line[]): number {
  const lengths = lines
    .filter((l) => !l.hint)
    .map((l) => l.text.length)
    .filter((n) => n >= 20)
    .sort((a, b) => a - b);
  if (lengths.length < 5) return 80;
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80;
}

/** Most line breaks of the document have one blank line in them (1.5/2-spaced text as extracted). */
export function isDoubleSpaced(lines: readonly Line[]): boolean {
  const plain = lines.slice(1).filter((l) => !l.hint && !l.pageBreakBefore);
  if (plain.length < 4) return false;
  return plain.filter((l) => l.gapBefore === 1).length / plain.length >= 0.5;
}

/**
 * A single empty line is "soft" in double-spaced text (where blank lines sit between most
 * lines, as PDF extraction of 1.5/2-spaced documents gives): it then says nothing about paragraphs.
 * A blank line holding spaces is an empty paragraph of the source and always ends a paragraph.
 */
export function isSoftGap(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  return line?.gapBefore === 1 && !line.gapHasSpaces;
}

/** Line `a` is short: the first word of `b` would have fitted on it, so the break was deliberate. */
function fits(a: Line, b: Line, width: number): boolean {
  return a.text.length + 1 + firstWord(b.text).length < width * 0.9;
}

/** A short title line ("Bakgrund") at the top of a page, followed by a new sentence or a gap. */
function titleAhead(b: Line, c: Line | undefined, width: number): boolean {
  if (!startsUpper(b.text) || endsSentence(b.text) || endsOpen(b.text) || b.text.length > width * 0.6)
    return false;
  return c === undefined || c.gapBefore > 0 || c.pageBreakBefore || startsUpper(c.text);
}

/** True when a paragraph ends between line `a` and the following line `b`. */
export function endsParagraph(
  a: Line,
  b: Line,
  width: number,
  softGap: boolean,
  c?: Line,
  aStartsParagraph = false,
): boolean {
  if (a.hint || b.hint) return true;
  const startsBlock = bulletPrefix(b.text) !== null || numberedItemPrefix(b.text) !== null;
  const startsHeading = headingNumber(b.text) !== null;
  if (b.pageBreakBefore) {
    if (startsBlock) return true;
    if (startsHeading && (endsSentence(a.text) || fits(a, b, width))) return true;
    if (endsOpen(a.text)) return false;
    if (endsSentence(a.text)) return !startsLower(b.text);
    if (titleAhead(b, c, width)) return true;
    if (startsLower(b.text)) return false;
    return fits(a, b, width);
  }
  // A word hyphenated at the line end goes on after one blank line: "VULF-" / "avtal".
  if (b.gapBefore === 1 && /\p{L}-$/u.test(a.text) && startsLower(b.text)) return false;
  if (b.gapBefore >= 2 || (b.gapBefore === 1 && !softGap)) return true;
  if (startsBlock) return true;
  if (startsHeading && (b.gapBefore > 0 || endsSentence(a.text) || fits(a, b, width))) return true;
  if (endsOpen(a.text)) return false;
  // A paragraph's first line that is short and unpunctuated, followed by a capital: a title.
  if (aStartsParagraph && !endsSentence(a.text) && startsUpper(b.text) && a.text.length < width * 0.9)
    return true;
  if (!fits(a, b, width)) return false;
  return endsSentence(a.text) || startsUpper(b.text);
}
