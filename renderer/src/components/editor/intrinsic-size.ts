// A chunk's estimated height before the browser lays it out (content-visibility), from its blocks' text lengths.
import type { CSSProperties } from 'react';

/** Characters per line at the reading width (820 px, 16 px Georgia); narrower windows wrap more. */
const CHARS_PER_LINE = 90;
/** Space between blocks, in lines (paragraph margin 0.9em at line-height 1.65; headings a little more). */
const GAP_LINES = 0.6;

/** Lines one block of `length` characters takes, with the gap after it. */
export function blockLines(length: number): number {
  return Math.max(1, Math.ceil(length / CHARS_PER_LINE)) + GAP_LINES;
}

/** `contain-intrinsic-size` for a run of blocks: "auto" keeps the real size once the browser has seen it. */
export function intrinsicSizeStyle(lengths: readonly number[]): CSSProperties {
  const lines = lengths.reduce((sum, length) => sum + blockLines(length), 0);
  return { containIntrinsicSize: `auto ${Math.max(1, Math.round(lines))}lh` };
}
