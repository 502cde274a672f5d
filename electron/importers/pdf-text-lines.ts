// Groups the positioned text items of one PDF page into lines, with blank lines where the gap is large.
import type { RawLine } from '../../shared/text/raw-line';

/** The parts of a pdfjs TextItem that line building needs. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y] */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface BuiltLine {
  text: string;
  y: number;
  size: number;
  right: number;
}

/** Builds the lines of a page in reading order; larger-than-usual vertical gaps become blank lines. */
export function pageItemsToLines(items: readonly PdfTextItem[], page: number): RawLine[] {
  const lines = buildLines(items);
  const out: RawLine[] = [];
  const steps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((d) => d > 0);
  const usual = lowerQuartile(steps) ?? 0;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && usual > 0) {
      const step = previous.y - line.y;
      const size = Math.max(line.size, previous.size);
      if (step > Math.max(usual, size * 1.05) * 1.3) out.push({ text: '', page });
    }
    out.push({ text: line.text, page });
  });
  return out;
}

function buildLines(items: readonly PdfTextItem[]): BuiltLine[] {
  const lines: BuiltLine[] = [];
  let current: BuiltLine | null = null;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0) || item.height || 10;
    if (item.str === '' && !item.hasEOL) continue;
    if (current && Math.abs(current.y - y) <= Math.max(current.size, size) * 0.5) {
      const gap = x - current.right;
      const needsSpace = gap > size * 0.15 && !/\s$/u.test(current.text) && !/^\s/u.test(item.str);
      current.text += (needsSpace ? ' ' : '') + item.str;
      current.right = Math.max(current.right, x + item.width);
      current.size = Math.max(current.size, size);
    } else if (item.str.trim() !== '') {
      current = { text: item.str, y, size, right: x + item.width };
      lines.push(current);
    }
    if (item.hasEOL) current = null;
  }
  return lines;
}

/** The usual line step: the lower quartile, so pages with many blank rows still find their leading. */
function lowerQuartile(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)];
}
