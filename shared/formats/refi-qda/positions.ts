// REFI-QDA counts positions in Unicode code points; Remisskod in UTF-16 code units. Converts both ways.

/** Maps UTF-16 offsets of `text` to code-point offsets and back. */
export interface PositionMap {
  toCodePoints(utf16Offset: number): number;
  toUtf16(codePointOffset: number): number;
  /** Length of the text in code points. */
  codePointLength: number;
}

export function positionMap(text: string): PositionMap {
  // utf16At[cp] = UTF-16 offset of code point cp (plus the end).
  const utf16At: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    utf16At.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
  }
  utf16At.push(text.length);
  return {
    codePointLength: utf16At.length - 1,
    toUtf16: (cp) => utf16At[Math.max(0, Math.min(cp, utf16At.length - 1))]!,
    toCodePoints: (offset) => {
      // Binary search for the code point starting at or before `offset`.
      let lo = 0;
      let hi = utf16At.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (utf16At[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/** Text with CRLF and lone CR as LF, and for each original UTF-16 offset its offset there. */
export function toLf(text: string): { text: string; offset: (original: number) => number } {
  if (!text.includes('\r')) return { text, offset: (o) => o };
  const shift = new Int32Array(text.length + 1);
  let removed = 0;
  for (let i = 0; i < text.length; i += 1) {
    shift[i] = i - removed;
    if (text[i] === '\r' && text[i + 1] === '\n') removed += 1;
  }
  shift[text.length] = text.length - removed;
  return { text: text.replace(/\r\n?/g, '\n'), offset: (o) => shift[Math.max(0, Math.min(o, text.length))]! };
}
