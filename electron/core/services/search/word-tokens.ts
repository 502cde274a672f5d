// Splits text into words the way FTS5's unicode61 tokenizer does (letters and digits; case folded, diacritics kept).

export interface WordToken {
  /** Lower-cased word ("för" stays "för": diacritics are kept). */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of `text` with their offsets. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ word: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/** Just the lower-cased words of `text`. */
export function words(text: string): string[] {
  return wordTokens(text).map((t) => t.word);
}
