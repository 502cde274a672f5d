import { describe, expect, it } from 'vitest';
import { makeQuoteSelector, type AnchorSelector } from './quote-selector';
import { reanchor, prepareText } from './reanchor';

const original = [
  'Yttrande över betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)',
  'Kalmar kommun har beretts möjlighet att lämna synpunkter på betänkandet.',
  '4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt',
  'Kalmar kommun tillstyrker förslaget men vill understryka att regionens ansvar för läkarmedverkan måste tydliggöras i avtal.',
  '4.6 Ledningsansvarig med medicinsk kompetens',
  'Kommunen ställer sig tveksam till förslaget eftersom det saknas finansiering för en ny funktion i varje kommun.',
  '4.4.3 Inga sanktioner',
  'Kalmar kommun tillstyrker förslaget.',
].join('\n');

/** Selector for the n-th (0-based) occurrence of `quote` in `text`. */
function anchor(text: string, quote: string, nth = 0): AnchorSelector {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote}`);
  return { start: at, end: at + quote.length, ...makeQuoteSelector(text, at, at + quote.length) };
}

describe('reanchor', () => {
  it('keeps a span whose text is unchanged at its position', () => {
    const sel = anchor(original, 'regionens ansvar för läkarmedverkan');
    expect(reanchor(original, sel)).toEqual({
      status: 'exact-position',
      start: sel.start,
      end: sel.end,
      score: 1,
    });
  });

  it('finds the quote again after a paragraph is inserted before it', () => {
    const sel = anchor(original, 'det saknas finansiering för en ny funktion');
    const changed = 'Beslut i kommunstyrelsen den 3 mars 2025.\n' + original;
    const result = reanchor(changed, sel);
    expect(result.status).toBe('exact-quote');
    expect(changed.slice(result.start, result.end)).toBe('det saknas finansiering för en ny funktion');
  });

  it('chooses between repeated phrases by their context', () => {
    // "Kalmar kommun tillstyrker förslaget" occurs twice; the second is about 4.4.3.
    const sel = anchor(original, 'Kalmar kommun tillstyrker förslaget', 1);
    const changed =
      'Sammanfattning\n' +
      original.replace('4.4.3 Inga sanktioner', '4.4.3 Inga sanktioner inom läkarmedverkan');
    const result = reanchor(changed, sel);
    expect(result.status).toBe('exact-quote');
    expect(result.start).toBe(changed.lastIndexOf('Kalmar kommun tillstyrker förslaget'));
  });

  it('tolerates reflowed lines and a removed page header inside the quote', () => {
    const quote =
      'Kalmar kommun tillstyrker förslaget men vill understryka att regionens ansvar för läkarmedverkan måste tydliggöras i avtal.';
    const withHeader = original.replace(
      quote,
      'Kalmar kommun tillstyrker förslaget men vill\nKALMAR KOMMUN   2 (4)\nunderstryka att regionens ansvar för\nläkarmedverkan måste tydliggöras i avtal.',
    );
    const sel = anchor(
      withHeader,
      'Kalmar kommun tillstyrker förslaget men vill\nKALMAR KOMMUN   2 (4)\nunderstryka att regionens ansvar för\nläkarmedverkan',
    );
    const result = reanchor(original, sel);
    expect(result.status).toBe('fuzzy');
    expect(original.slice(result.start, result.end)).toBe(
      'Kalmar kommun tillstyrker förslaget men vill understryka att regionens ansvar för läkarmedverkan',
    );
  });

  it('places a reflowed quote as an exact quote when only whitespace changed', () => {
    const sel = anchor(original, 'eftersom det saknas finansiering för en ny funktion i varje kommun');
    const reflowed = original.replace('det saknas finansiering för', 'det saknas\r\n  finansiering  för');
    const result = reanchor(reflowed, sel);
    expect(result.status).toBe('exact-quote');
    expect(reflowed.slice(result.start, result.end)).toBe(
      'eftersom det saknas\r\n  finansiering  för en ny funktion i varje kommun',
    );
  });

  it('places a quote with a changed word fuzzily', () => {
    const sel = anchor(
      original,
      'Kommunen ställer sig tveksam till förslaget eftersom det saknas finansiering',
    );
    const changed = original.replace('ställer sig tveksam', 'ställer sig mycket tveksam');
    const result = reanchor(changed, sel);
    expect(result.status).toBe('fuzzy');
    expect(changed.slice(result.start, result.end)).toBe(
      'Kommunen ställer sig mycket tveksam till förslaget eftersom det saknas finansiering',
    );
    expect(result.score).toBeGreaterThan(0.72);
  });

  it('makes an orphan of a passage that was removed, rather than placing it elsewhere', () => {
    const sel = anchor(
      original,
      'Kommunen ställer sig tveksam till förslaget eftersom det saknas finansiering för en ny funktion i varje kommun.',
    );
    const removed = original.replace(/Kommunen ställer sig tveksam[^\n]*\n/, '');
    expect(reanchor(removed, sel)).toEqual({ status: 'orphan', score: 0 });
  });

  it('does not move a short quote to another place whose context differs', () => {
    const sel = anchor(original, 'tveksam');
    const changed =
      original.replace('ställer sig tveksam till förslaget', 'avstyrker förslaget') +
      '\nVi är inte tveksam alls, skriver nämnden här.';
    expect(reanchor(changed, sel).status).toBe('orphan');
  });

  it('counts offsets in UTF-16 code units around emoji', () => {
    const text = 'Vi 😀 tillstyrker 🇸🇪 förslaget om ledningsansvar.';
    const sel = anchor(text, 'tillstyrker 🇸🇪 förslaget');
    const changed = '📄 Sida 1\n' + text;
    const result = reanchor(changed, sel);
    expect(changed.slice(result.start, result.end)).toBe('tillstyrker 🇸🇪 förslaget');
  });

  it('re-anchors many spans in one prepared text', () => {
    const prepared = prepareText('Inledning\n' + original);
    const sels = ['Lagkrav på tillgång', 'Ledningsansvarig med medicinsk kompetens', 'Inga sanktioner'].map(
      (q) => anchor(original, q),
    );
    expect(sels.map((s) => reanchor(prepared, s).status)).toEqual([
      'exact-quote',
      'exact-quote',
      'exact-quote',
    ]);
  });
});
