// The lower suggestion tier: views without stance wording, on a codebook invented for the test (libraries).
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCES } from '../domain/default-stances';
import type { Block, CodebookEntry } from '../domain/types';
import { suggestForDocument } from './suggest-document';

const code = (id: string, section: string, title: string, description: string): CodebookEntry => ({
  id,
  parentId: null,
  section,
  title,
  kind: 'forslag',
  description,
  colour: '#000000',
  sortOrder: 0,
});

const CODEBOOK = [
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
];

function run(paragraphs: string[]) {
  const blocks: Block[] = [];
  let at = 0;
  for (const p of paragraphs) {
    blocks.push({ type: 'paragraph', start: at, end: at + p.length });
    at += p.length + 1;
  }
  return suggestForDocument({ documentId: 'd', text: paragraphs.join('\n'), blocks }, CODEBOOK, [
    ...DEFAULT_STANCES,
  ]);
}

describe('lower tier: opinions without stance wording', () => {
  it('suggests a clearly topical view, with a low score and the stance its evaluative words lean to', () => {
    const [s] = run(['Vi anser att en nationell digital lånetjänst för e-böcker är viktigt för glesbygden.']);
    expect(s).toMatchObject({ codeId: 'p3.4', stanceId: 'supports' });
    expect(s!.score).toBeLessThan(0.75);
    expect(s!.reasons.join(' ')).toMatch(/utan tydligt ställningstagande/);
  });

  it('leaves the stance open when the words do not lean', () => {
    const [s] = run(['Nämnden anser att lagkravet på meröppna bibliotek ska gälla från 2027.']);
    expect(s).toMatchObject({ codeId: 'p3.2', stanceId: null });
  });

  it('does not suggest the report’s own view or views off the codebook', () => {
    expect(run(['Utredningen anser att meröppna bibliotek ska vara ett lagkrav.'])).toEqual([]);
    expect(run(['Vi anser att parkeringen vid stadshuset behöver byggas om.'])).toEqual([]);
  });
});
