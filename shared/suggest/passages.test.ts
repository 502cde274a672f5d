// How an answer is cut into passages: sentences, headings, list items, and sentences broken by PDF extraction.
import { describe, expect, it } from 'vitest';
import type { Block } from '../domain/types';
import { splitPassages } from './passages';

function build(parts: Array<[Block['type'], string]>): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  for (const [type, body] of parts) {
    if (text !== '') text += '\n';
    blocks.push({ type, start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, blocks };
}

const view = (parts: Array<[Block['type'], string]>) => {
  const { text, blocks } = build(parts);
  return splitPassages(text, blocks).map(
    (p) => `${p.kind}: ${text.slice(p.start, p.end).replace(/\n/g, ' ')}`,
  );
};

describe('splitPassages', () => {
  it('splits sentences but not at abbreviations or section numbers', () => {
    expect(
      view([
        [
          'paragraph',
          'Vi tillstyrker förslaget i avsnitt 4.1.1, t.ex. kravet på läkare. Det är bra. Se kap. 7 Kommunen håller med.',
        ],
      ]),
    ).toEqual([
      'sentence: Vi tillstyrker förslaget i avsnitt 4.1.1, t.ex. kravet på läkare.',
      'sentence: Det är bra.',
      'sentence: Se kap. 7 Kommunen håller med.',
    ]);
  });

  it('reads short unpunctuated paragraphs as headings, and numbered ones too', () => {
    expect(
      view([
        ['paragraph', '5. En ordning där kommunerna kan anställa läkare'],
        ['paragraph', 'Vi stödjer förslaget.'],
      ]),
    ).toEqual([
      'heading: 5. En ordning där kommunerna kan anställa läkare',
      'sentence: Vi stödjer förslaget.',
    ]);
  });

  it('joins a sentence that extraction broke over blocks', () => {
    expect(
      view([
        ['paragraph', 'Lerums kommun är positiv till betänkandets förslag att avsätta medel till'],
        ['paragraph', 'kommuner för vidareutbildning.'],
      ]),
    ).toEqual([
      'sentence: Lerums kommun är positiv till betänkandets förslag att avsätta medel till kommuner för vidareutbildning.',
    ]);
  });

  it('does not take page furniture for a heading', () => {
    expect(view([['paragraph', 'NIA 2023/0012  3 (4)']])).toEqual(['sentence: NIA 2023/0012  3 (4)']);
  });

  it('gives headings above, the chapter, and the lead-in of list items', () => {
    const { text, blocks } = build([
      ['heading', '7 Nya karriärvägar'],
      ['heading', '7.1.1 Nationell samordnare'],
      ['paragraph', 'Regionen ställer sig positiv till att:'],
      ['list-item', 'en samordnare tillsätts'],
      ['list-item', 'medel avsätts'],
    ]);
    const passages = splitPassages(text, blocks);
    const last = passages[4]!;
    expect(last.kind).toBe('list-item');
    expect(last.leadIn).toBe(2);
    expect(last.chapter).toBe('7');
    expect(last.headings.map((h) => text.slice(passages[h]!.start, passages[h]!.end))).toEqual([
      '7.1.1 Nationell samordnare',
      '7 Nya karriärvägar',
    ]);
  });
});
