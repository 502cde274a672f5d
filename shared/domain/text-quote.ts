// Builds the text-quote selector (exact text with prefix/suffix context) for a span.
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export const QUOTE_CONTEXT_LENGTH = 32;

export function textQuoteAt(
  text: string,
  start: number,
  end: number,
  context = QUOTE_CONTEXT_LENGTH,
): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}
