// Character-level normalisation of extracted text: spaces, bullets, ligatures, invisible marks.

const REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/\r\n?/g, '\n'],
  [/[\u00A0\u2007\u202F\u2000-\u200A\u3000\t]/g, ' '],
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ''],
  // Symbol-font bullets that PDF and Word extraction leave in the private use area.
  [/[\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF0A8\uF06E\uF0A4\uF02D]/g, '•'],
  [/[\u25CF\u25AA\u25A0\u2023\u2219\u25E6\u2043\u25CB\u25A1\u27A2\u2794]/g, '•'],
  [/\uFB00/g, 'ff'],
  [/\uFB01/g, 'fi'],
  [/\uFB02/g, 'fl'],
  [/\uFB03/g, 'ffi'],
  [/\uFB04/g, 'ffl'],
  // Control characters other than tab, line breaks and form feed.
  // eslint-disable-next-line no-control-regex
  [/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, ''],
];

/** Replaces exotic spaces, symbol-font bullets and ligatures; keeps line breaks and form feeds. */
export function normalizeChars(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}

/** Collapses runs of whitespace to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
