// Builds the text-quote selector (exact text plus context before and after) of a span.

/** The W3C text-quote selector: the quoted text and a little context on each side. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A stored anchor: a text-position selector and a text-quote selector together. */
export interface AnchorSelector extends QuoteSelector {
  start: number;
  end: number;
}

/** True for a UTF-16 low surrogate, which must not be split from its high surrogate. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Quote selector of `text[start, end)` with up to `context` code units of context on
 * each side; context never splits a surrogate pair (an emoji stays whole).
 */
export function makeQuoteSelector(text: string, start: number, end: number, context = 32): QuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`span ${start}–${end} lies outside a text of length ${text.length}`);
  }
  let prefixStart = Math.max(0, start - context);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart -= 1;
  let suffixEnd = Math.min(text.length, end + context);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd += 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
