// A block's estimated height before the browser lays it out (content-visibility), from its text length.
import type { CSSProperties } from 'react';

/** Characters per line at the reading width (820 px, 16 px Georgia); narrower windows wrap more. */
const CHARS_PER_LINE = 90;

/** `contain-intrinsic-size` for a block of `length` characters: "auto" keeps the real size once seen. */
export function intrinsicSizeStyle(length: number): CSSProperties {
  const lines = Math.max(1, Math.ceil(length / CHARS_PER_LINE));
  return { containIntrinsicSize: `auto ${lines}lh` };
}
