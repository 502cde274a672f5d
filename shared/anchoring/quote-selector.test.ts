import { describe, expect, it } from 'vitest';
import { makeQuoteSelector } from './quote-selector';

describe('makeQuoteSelector', () => {
  const text = 'Kalmar kommun tillstyrker förslaget om lagkrav på medicinsk bedömning.';

  it('takes the quote and up to 32 characters of context on each side', () => {
    const start = text.indexOf('tillstyrker');
    const sel = makeQuoteSelector(text, start, start + 'tillstyrker'.length);
    expect(sel).toEqual({
      exact: 'tillstyrker',
      prefix: 'Kalmar kommun ',
      suffix: ' förslaget om lagkrav på medicin',
    });
  });

  it('honours a smaller context', () => {
    expect(makeQuoteSelector(text, 7, 13, 3)).toEqual({ exact: 'kommun', prefix: 'ar ', suffix: ' ti' });
  });

  it('never splits an emoji in the context', () => {
    const t = 'a😀bc';
    // 😀 is two code units (1–2); context 1 before "bc" (offset 3) would start inside it.
    expect(makeQuoteSelector(t, 3, 5, 1).prefix).toBe('😀');
    expect(makeQuoteSelector('xy😀', 0, 2, 1).suffix).toBe('😀');
  });

  it('refuses a span outside the text', () => {
    expect(() => makeQuoteSelector(text, 5, 500)).toThrow(RangeError);
  });
});
