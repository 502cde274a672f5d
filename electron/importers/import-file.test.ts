import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../shared/domain/types';
import { makeDocx } from './fixtures/make-docx';
import { makePdf } from './fixtures/make-pdf';
import { importFileBytes } from './import-file';

const SEEDS = join(__dirname, '../../seeds');

/** A seed's lines without the leading spaces that only the seed's text extraction put there. */
function seedLines(name: string): string[] {
  return readFileSync(join(SEEDS, name), 'utf8')
    .split('\n')
    .map((l) => l.replace(/^\s+/u, ''));
}

function view(doc: ImportedDocument): string[] {
  return doc.blocks.map((b) => `${b.type}${b.level ?? ''}: ${doc.text.slice(b.start, b.end)}`);
}

describe('importing the seed remissvar as text', () => {
  it.each([
    ['kalmar-kommun.txt', 'Kalmar kommun', 'kommun', null, 'NIA 2023/0012'],
    ['lerums-kommun.txt', 'Lerums kommun', 'kommun', null, null],
    ['eskilstuna-kommun.txt', 'Eskilstuna kommun', 'kommun', '2025-02-11', 'VON/2024:198'],
    ['region-blekinge.txt', 'Region Blekinge', 'region', null, null],
    ['stockholms-stad-aldrenamnden.txt', 'Äldrenämnden', 'kommun', null, 'ALD 2024/457'],
  ])('%s: metadata, blocks, offsets and hash', async (file, respondent, type, date, diary) => {
    const bytes = new Uint8Array(readFileSync(join(SEEDS, file)));
    const doc = await importFileBytes(file, bytes);
    expect(doc).toMatchObject({
      respondent,
      respondentType: type,
      date,
      diaryNumber: diary,
      sourceFormat: 'txt',
    });
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/u);
    expect(doc.text).toBe(doc.blocks.map((b) => doc.text.slice(b.start, b.end)).join('\n'));
    expect(doc.text).not.toMatch(/Sida \d+ \(\d+\)|^\d+ \(\d+\)$/mu);
    expect(doc.blocks.every((b) => typeof b.line === 'number')).toBe(true);
    expect(doc.blocks.some((b) => b.type === 'heading')).toBe(true);
  });

  it('maps every block back to its first line in the raw text', async () => {
    const doc = await importFileBytes(
      'region-blekinge.txt',
      new Uint8Array(readFileSync(join(SEEDS, 'region-blekinge.txt'))),
    );
    const rawLines = doc.rawText.split('\n');
    const heading = doc.blocks.find((b) => doc.text.slice(b.start, b.end).startsWith('4.1.1 '))!;
    expect(heading).toMatchObject({ type: 'heading', level: 3 });
    expect(rawLines[heading.line! - 1]).toContain('4.1.1 Genomför redan lämnade förslag');
  });
});

describe('real PDF and DOCX files built from a seed', () => {
  it.each(['kalmar-kommun.txt', 'eskilstuna-kommun.txt', 'stockholms-stad-aldrenamnden.txt'])(
    '%s as PDF with running headers gives the paragraphs of the text import, with page numbers',
    async (file) => {
      const lines = seedLines(file);
      const txt = await importFileBytes(file, new TextEncoder().encode(lines.join('\n')));
      const pdf = await importFileBytes(
        file.replace('.txt', '.pdf'),
        await makePdf(lines, {
          header: (page, pages) => ['Tjänsteutlåtande', 'Dnr ALD 2024/457', `Sida ${page} (${pages})`],
        }),
      );
      expect(view(pdf)).toEqual(view(txt));
      expect(pdf.sourceFormat).toBe('pdf');
      expect(pdf.respondent).toBe(txt.respondent);
      const pages = pdf.blocks.map((b) => b.page!);
      expect(pages[0]).toBe(1);
      expect(Math.max(...pages)).toBeGreaterThan(1);
      expect(pages).toEqual([...pages].sort((a, b) => a - b));
      expect(pdf.text).not.toContain('Tjänsteutlåtande');
    },
    60_000,
  );

  it('a DOCX with headings and bullets keeps them as block types', async () => {
    const txt = await importFileBytes(
      'kalmar.txt',
      new Uint8Array(readFileSync(join(SEEDS, 'kalmar-kommun.txt'))),
    );
    const blocks = txt.blocks.map((b) => ({
      type: b.type,
      level: b.level,
      text: txt.text.slice(b.start, b.end),
    }));
    const docx = await importFileBytes('kalmar.docx', await makeDocx(blocks));
    expect(view(docx)).toEqual(view(txt));
    expect(docx).toMatchObject({ sourceFormat: 'docx', respondent: 'Kalmar kommun' });
  });

  it('reads UTF-16 and Windows-1252 text files with å, ä, ö intact', async () => {
    const text = 'Yttrande\n\nVård- och omsorgsnämnden i Växjö kommun ställer sig positiv till förslagen.';
    const latin1 = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    for (const bytes of [latin1, utf16]) {
      const doc = await importFileBytes('svar.txt', bytes);
      expect(doc.text).toContain('Vård- och omsorgsnämnden i Växjö kommun ställer sig positiv');
      expect(doc.respondent).toBe('Växjö kommun');
    }
  });
});
