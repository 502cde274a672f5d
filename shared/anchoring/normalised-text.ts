// Whitespace-collapsed view of a text with a map back to the original offsets.

/** A text with every run of whitespace collapsed to one space, and its offset map. */
export interface NormalisedText {
  /** The collapsed text. */
  text: string;
  /** Original offset of each collapsed code unit (length = text.length + 1; last = original length). */
  toOriginal: Int32Array;
  /** Collapsed offset of each original code unit (length = original length + 1). */
  fromOriginal: Int32Array;
}

/** Whitespace, including no-break spaces; soft hyphens are dropped as well. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x202f ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff
  );
}

const SOFT_HYPHEN = 0xad;

/**
 * Collapses whitespace runs to a single space and drops soft hyphens, so that reflowed
 * lines and changed indentation do not change the text to be matched.
 */
export function normaliseText(original: string): NormalisedText {
  const out: string[] = [];
  const toOriginal = new Int32Array(original.length + 1);
  const fromOriginal = new Int32Array(original.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < original.length; i += 1) {
    const code = original.charCodeAt(i);
    fromOriginal[i] = n;
    if (code === SOFT_HYPHEN) continue;
    if (isSpace(code)) {
      if (!inSpace) {
        inSpace = true;
        toOriginal[n] = i;
        out.push(' ');
        n += 1;
      }
      continue;
    }
    inSpace = false;
    toOriginal[n] = i;
    out.push(original[i] as string);
    n += 1;
  }
  toOriginal[n] = original.length;
  fromOriginal[original.length] = n;
  return { text: out.join(''), toOriginal: toOriginal.subarray(0, n + 1), fromOriginal };
}

/** Collapses whitespace of a short string (a quote or its context) the same way. */
export function collapseSpace(value: string): string {
  return normaliseText(value).text;
}

/** Original [start, end) of the collapsed range [start, end). */
export function originalRange(
  norm: NormalisedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const origStart = norm.toOriginal[start] as number;
  const origEnd = end > start ? (norm.toOriginal[end - 1] as number) + 1 : origStart;
  // A collapsed space stands for a whole run; a match never ends inside one since quotes are trimmed.
  return { start: origStart, end: origEnd };
}
