// Tests for widening search hits to passages and merging those that overlap.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/domain/types';
import { passagesForHits } from './tag-all-passages';

const paras = [
  'Vi tillstyrker Magnetmodellen. Magnetmodellen är bra.',
  'Även t.ex. Magnetmodellen nämns här.',
];
const blocks: Block[] = [
  { type: 'paragraph', start: 0, end: paras[0]!.length },
  { type: 'paragraph', start: paras[0]!.length + 1, end: paras[0]!.length + 1 + paras[1]!.length },
];
const text = paras.join('\n');
const hits = [...text.matchAll(/Magnetmodellen/g)].map((m) => ({
  documentId: 'd1',
  start: m.index!,
  end: m.index! + 14,
}));
const texts = new Map([['d1', { text, blocks }]]);

describe('passagesForHits', () => {
  it('widens each hit to its sentence', () => {
    const passages = passagesForHits(hits, texts, 'sentence');
    expect(passages.map((p) => p.quote)).toEqual([
      'Vi tillstyrker Magnetmodellen.',
      'Magnetmodellen är bra.',
      'Även t.ex. Magnetmodellen nämns här.',
    ]);
  });

  it('merges hits in the same paragraph into one passage', () => {
    const passages = passagesForHits(hits, texts, 'paragraph');
    expect(passages.map((p) => [p.quote, p.hits])).toEqual([
      [paras[0], 2],
      [paras[1], 1],
    ]);
  });

  it('skips documents whose text is not loaded', () => {
    expect(passagesForHits([{ documentId: 'x', start: 0, end: 3 }], texts, 'sentence')).toEqual([]);
  });
});
