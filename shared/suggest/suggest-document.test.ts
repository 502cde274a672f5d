// What a coder sees suggested for an answer: passage, proposal and stance, with a codebook made up for the test.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCES } from '../domain/default-stances';
import type { Block, CodebookEntry } from '../domain/types';
import { suggestForDocument } from './suggest-document';

const code = (
  id: string,
  section: string,
  title: string,
  description = '',
  kind: CodebookEntry['kind'] = 'forslag',
): CodebookEntry => ({
  id,
  parentId: section.includes('.') ? `kap${section.split('.')[0]}` : null,
  section,
  title,
  kind,
  description,
  colour: '#000000',
  sortOrder: 0,
});

// An invented report on libraries: nothing here comes from the seed answers.
const CODEBOOK: CodebookEntry[] = [
  code('kap3', '3', 'Bibliotekens uppdrag', '', 'chapter'),
  code(
    'p3.2',
    '3.2',
    'Lagkrav på meröppna bibliotek',
    'Kommunerna ska erbjuda meröppna bibliotek med självservice.',
  ),
  code(
    'p3.4',
    '3.4',
    'Nationell digital lånetjänst för e-böcker',
    'En statlig lånetjänst för e-böcker och ljudböcker.',
  ),
  code(
    'p3.5',
    '3.5',
    'Inga avgifter för fjärrlån',
    'Fjärrlån ska vara avgiftsfria för låntagaren.',
    'bedomning',
  ),
  code('kap4', '4', 'Skolbibliotek', '', 'chapter'),
  code(
    'p4.1',
    '4.1',
    'Bemannade skolbibliotek i grundskolan',
    'Varje grundskola ska ha ett bemannat skolbibliotek.',
  ),
  code(
    'p4.2',
    '4.2',
    'Statsbidrag till skolbibliotekarier',
    'Ett statsbidrag för anställning av skolbibliotekarier.',
  ),
  code('helhet', '', 'Övergripande synpunkter', 'Synpunkter på betänkandet som helhet.', 'general'),
];

/** Builds text + blocks from lines; lines starting with "# " are headings. */
function doc(lines: string[]): { documentId: string; text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const line of lines) {
    const heading = line.startsWith('# ');
    const body = heading ? line.slice(2) : line;
    if (text !== '') text += '\n';
    blocks.push({
      type: heading ? 'heading' : 'paragraph',
      start: text.length,
      end: text.length + body.length,
    });
    text += body;
  }
  return { documentId: 'doc-1', text, blocks };
}

const run = (lines: string[], options = {}) =>
  suggestForDocument(doc(lines), CODEBOOK, [...DEFAULT_STANCES], options);
const tags = (lines: string[]) => run(lines).map((s) => `${s.codeId}:${s.stanceId}`);

describe('suggestForDocument', () => {
  it('suggests the proposal a cited section names, with the stance taken', () => {
    const [s] = run(['Kommunen tillstyrker förslaget i avsnitt 4.1. Det är viktigt för eleverna.']);
    expect(s).toMatchObject({
      codeId: 'p4.1',
      section: '4.1',
      stanceId: 'supports',
      quote: 'Kommunen tillstyrker förslaget i avsnitt 4.1.',
    });
    expect(s!.reasons.join(' ')).toContain('4.1');
    expect(s!.score).toBeGreaterThan(0.5);
    expect(s!.score).toBeLessThanOrEqual(1);
  });

  it('finds the proposal from the words of its title, in other inflections', () => {
    expect(tags(['Nämnden avstyrker förslaget om en nationell digital lånetjänst för e-böckerna.'])).toEqual([
      'p3.4:opposes',
    ]);
  });

  it('uses the heading a passage sits under', () => {
    expect(
      tags(['# 4.2 Statsbidrag till skolbibliotekarier', 'Regionen ställer sig tveksam till förslaget.']),
    ).toEqual(['p4.2:sceptical']);
  });

  it('reads negation: "motsätter sig inte" supports and "instämmer inte" opposes', () => {
    expect(tags(['Kommunen motsätter sig inte förslaget om avgiftsfria fjärrlån.'])).toEqual([
      'p3.5:supports',
    ]);
    expect(tags(['Kommunen instämmer därför inte i att meröppna bibliotek ska bli ett lagkrav.'])).toEqual([
      'p3.2:opposes',
    ]);
  });

  it('tags a remark on the whole report with the overall code', () => {
    expect(
      tags(['Regionen ställer sig i huvudsak positiv till utredningens förslag och bedömningar.']),
    ).toEqual(['helhet:conditional']);
  });

  it('applies "övriga förslag" to the chapter proposals not yet spoken to', () => {
    const got = tags([
      '# 4 Skolbibliotek',
      '# 4.1 Bemannade skolbibliotek',
      'Vi tillstyrker förslaget om bemannade skolbibliotek.',
      '# Övriga förslag',
      'Regionen avstår från att lämna synpunkter på dessa förslag.',
    ]);
    expect(got).toEqual(['p4.1:supports', 'p4.2:no_position']);
  });

  it('suggests nothing for description without stance wording', () => {
    expect(run(['Utredningen föreslår bemannade skolbibliotek i varje grundskola.'])).toEqual([]);
  });

  it('keeps keys stable and leaves out rejected suggestions', () => {
    const lines = ['Vi välkomnar förslaget om meröppna bibliotek.'];
    const [first] = run(lines);
    expect(first!.key).toBe(`doc-1:${first!.start}:${first!.end}:p3.2`);
    expect(run(lines)[0]!.key).toBe(first!.key);
    expect(run(lines, { rejectedKeys: new Set([first!.key]) })).toEqual([]);
  });

  it('gives a null stance when the project has no matching stance', () => {
    const [s] = suggestForDocument(doc(['Vi välkomnar förslaget om meröppna bibliotek.']), CODEBOOK, []);
    expect(s!.stanceId).toBeNull();
  });
});
