// Tests for widening spans to words, sentences and paragraphs.
import { describe, expect, it } from 'vitest';
import type { Block } from '../domain/types';
import { extendToParagraph, extendToSentence, snapToWords } from './extend-span';

/** Blocks for paragraphs joined by "\n", as the importers produce them. */
function doc(...paras: string[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let at = 0;
  for (const p of paras) {
    blocks.push({ type: 'paragraph', start: at, end: at + p.length });
    at += p.length + 1;
  }
  return { text: paras.join('\n'), blocks };
}

/** The sentence extended from the first occurrence of `needle`. */
function sentenceAround(text: string, blocks: Block[], needle: string): string {
  const at = text.indexOf(needle);
  const span = extendToSentence(text, blocks, at, at + needle.length);
  return text.slice(span.start, span.end);
}

describe('snapToWords', () => {
  it('widens a span that starts and ends inside words', () => {
    const text = 'Kommunen tillstyrker förslaget.';
    const span = snapToWords(text, 3, 12);
    expect(text.slice(span.start, span.end)).toBe('Kommunen tillstyrker');
  });
  it('trims surrounding whitespace and keeps punctuation outside', () => {
    const text = 'Vi avstyrker  förslaget.';
    const span = snapToWords(text, 2, 14);
    expect(text.slice(span.start, span.end)).toBe('avstyrker');
  });
  it('handles reversed and out-of-range input', () => {
    const text = 'Magnetmodellen';
    expect(snapToWords(text, 20, 4)).toEqual({ start: 0, end: 14 });
  });
});

describe('extendToSentence', () => {
  it('finds the sentence around a hit', () => {
    const { text, blocks } = doc(
      'Första meningen. Vi tillstyrker förslaget om Magnetmodellen. Sista meningen!',
    );
    expect(sentenceAround(text, blocks, 'Magnetmodellen')).toBe(
      'Vi tillstyrker förslaget om Magnetmodellen.',
    );
  });
  it('does not end a sentence at Swedish abbreviations', () => {
    const { text, blocks } = doc(
      'Inledning. Regionen bör t.ex. anställa läkare, bl.a. för s.k. Magnetmodellen. Slut.',
    );
    expect(sentenceAround(text, blocks, 'Magnetmodellen')).toBe(
      'Regionen bör t.ex. anställa läkare, bl.a. för s.k. Magnetmodellen.',
    );
    expect(sentenceAround(text, blocks, 'anställa')).toBe(
      'Regionen bör t.ex. anställa läkare, bl.a. för s.k. Magnetmodellen.',
    );
  });
  it('does not end a sentence inside section numbers', () => {
    const { text, blocks } = doc('Se ovan. I avsnitt 4.1.1 föreslås ett lagkrav. Vi avstyrker det.');
    expect(sentenceAround(text, blocks, 'föreslås')).toBe('I avsnitt 4.1.1 föreslås ett lagkrav.');
  });
  it('ends at a section number that closes a sentence', () => {
    const { text, blocks } = doc('Vi hänvisar till avsnitt 4.1. Vi avstyrker förslaget.');
    expect(sentenceAround(text, blocks, 'avstyrker')).toBe('Vi avstyrker förslaget.');
  });
  it('stays inside the block', () => {
    const { text, blocks } = doc('Rubrik utan punkt', 'Vi instämmer inte i förslaget', 'Nästa stycke.');
    expect(sentenceAround(text, blocks, 'instämmer')).toBe('Vi instämmer inte i förslaget');
  });
  it('covers several sentences and blocks when the span does', () => {
    const { text, blocks } = doc('A är bra. B är bra.', 'C är bra. D är bra.');
    const from = text.indexOf('B');
    const to = text.indexOf('C') + 1;
    const span = extendToSentence(text, blocks, from, to);
    expect(text.slice(span.start, span.end)).toBe('B är bra.\nC är bra.');
  });
  it('includes a closing quote or bracket', () => {
    const { text, blocks } = doc('Han sa: "Vi stödjer det." Sedan inget mer.');
    expect(sentenceAround(text, blocks, 'stödjer')).toBe('Han sa: "Vi stödjer det."');
  });
});

describe('extendToParagraph', () => {
  it('widens to the block holding the span', () => {
    const { text, blocks } = doc('Först.', 'Vi tillstyrker. Och mer.', 'Sist.');
    const at = text.indexOf('tillstyrker');
    const span = extendToParagraph(blocks, at, at + 3);
    expect(text.slice(span.start, span.end)).toBe('Vi tillstyrker. Och mer.');
  });
  it('widens across blocks when the span crosses them', () => {
    const { text, blocks } = doc('Först.', 'Andra.', 'Sist.');
    const span = extendToParagraph(blocks, 2, text.indexOf('Andra') + 2);
    expect(text.slice(span.start, span.end)).toBe('Först.\nAndra.');
  });
});
