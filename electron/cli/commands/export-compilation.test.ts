import ExcelJS from 'exceljs';
import fs from 'node:fs';
import mammoth from 'mammoth';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCoder } from '../../core/db/tables/coders';
import { ProjectSession } from '../../core/project/project-session';
import { createAnnotation } from '../../core/services/annotation-service';
import { useTempDir } from '../../core/test-support/temp-dir';
import { runCli } from '../run-cli';

const tempDir = useTempDir();

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const KALMAR = 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning';
const BLEKINGE = 'Region Blekinge ställer sig tveksam till att ett lagkrav';

/** The demo project with two seed passages coded on 4.1.1: Kalmar supports, Blekinge is sceptical. */
async function codedDemo(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = path.join(dir, 'demo.remisskod');
  expect((await cli('init', file, '--demo', '--name', 'Remisser från Åre och Öland')).code).toBe(0);
  const session = ProjectSession.open(file);
  try {
    const code = session.db.prepare("SELECT id FROM codes WHERE section = '4.1.1'").get() as { id: string };
    const coder = ensureCoder(session.db, 'Åsa Öberg');
    const tag = (respondent: string, phrase: string, stanceId: string) => {
      const doc = session.db
        .prepare('SELECT id, text FROM documents WHERE respondent = ?')
        .get(respondent) as {
        id: string;
        text: string;
      };
      const start = doc.text.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      createAnnotation(session.db, coder.id, {
        documentId: doc.id,
        start,
        end: start + phrase.length,
        tags: [{ codeId: code.id, stanceId }],
        comment: 'Stöd för förslaget, även för äldreomsorgen',
      });
    };
    tag('Kalmar kommun', KALMAR, 'supports');
    tag('Region Blekinge', BLEKINGE, 'sceptical');
  } finally {
    session.close();
  }
  return { dir, file };
}

describe('remisskod export (compilation formats)', () => {
  it('writes XLSX with one row per excerpt under its proposal and stance, å/ä/ö intact', async () => {
    const { dir, file } = await codedDemo();
    const out = path.join(dir, 'utdrag.xlsx');
    const run = await cli('export', file, '--format', 'xlsx', '--out', out);
    expect(run).toMatchObject({ code: 0, err: `Wrote ${out}\n` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const header = rows.findIndex((r) => r.includes('Utdrag'));
    const col = (name: string) => rows[header]!.indexOf(name);
    const data = rows.slice(header + 1).filter((r) => r[col('Utdrag')]);
    expect(data).toHaveLength(2);
    const kalmar = data.find((r) => r[col('Remissinstans')] === 'Kalmar kommun')!;
    expect(kalmar[col('Avsnitt')]).toBe('4.1.1');
    expect(kalmar[col('Ställningstagande')]).toBe('Tillstyrker');
    expect(kalmar[col('Utdrag')]).toBe(KALMAR);
    expect(kalmar[col('Kodare')]).toBe('Åsa Öberg');
    expect(kalmar[col('Kommentar')]).toBe('Stöd för förslaget, även för äldreomsorgen');
    expect(wb.worksheets.map((w) => w.name)).toContain('Matris');
  });

  it('writes DOCX whose text has the excerpt under its proposal and stance, and says which project and filter', async () => {
    const { dir, file } = await codedDemo();
    const out = path.join(dir, 'sammanställning.docx');
    const run = await cli('export', file, '--format', 'docx', '--proposal', '4.1.1', '--out', out);
    expect(run.code).toBe(0);
    const { value: text } = await mammoth.extractRawText({ path: out });
    const section = text.lastIndexOf('4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt');
    expect(text.slice(section)).toMatch(/Tillstyrker: 1\s+·\s+■ Tveksam: 1/);
    const supports = text.indexOf('Tillstyrker (1)', section);
    const quote = text.indexOf(`”${KALMAR}”`, supports);
    const sceptical = text.indexOf('Tveksam (1)', supports);
    expect(supports).toBeGreaterThan(section);
    expect(quote).toBeGreaterThan(supports);
    expect(quote).toBeLessThan(sceptical);
    expect(text.indexOf(`”${BLEKINGE}”`, sceptical)).toBeGreaterThan(sceptical);
    expect(text).toContain('Kodare: Åsa Öberg');
    expect(text).toContain('Förslag: 4.1.1');
    expect(text).toContain('Remisser från Åre och Öland');
  });

  it('writes CSV with a semicolon, a BOM and English headings when asked', async () => {
    const { dir, file } = await codedDemo();
    const out = path.join(dir, 'excerpts.csv');
    expect(
      (
        await cli(
          'export',
          file,
          '--format',
          'csv',
          '--semicolon',
          '--lang',
          'en',
          '--stance',
          'Sceptical',
          '--out',
          out,
        )
      ).code,
    ).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Respondent;');
    expect(text).toContain('ställer sig tveksam');
    expect(text).not.toContain('Vi stödjer utredningens förslag om tillgång');
  });

  it('json uses the project export format with its filter written in', async () => {
    const { file } = await codedDemo();
    const run = await cli('export', file, '--format', 'json', '--respondent', 'Kalmar kommun');
    const json = JSON.parse(run.out) as { format: string; filterDescription: string; annotations: unknown[] };
    expect(json.format).toBe('remisskod-project');
    expect(json.filterDescription).toContain('Kalmar kommun');
    expect(json.annotations).toHaveLength(1);
  });

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    const { file } = await codedDemo();
    const badProposal = await cli('export', file, '--format', 'md', '--proposal', '9.9.9');
    expect(badProposal.code).toBe(2);
    expect(badProposal.err).toContain('--proposal "9.9.9" matches nothing in this project');
    expect((await cli('export', file, '--format', 'docx')).err).toContain('name the file with --out');
    expect((await cli('export', file, '--format', 'md', '--lang', 'de')).code).toBe(2);
    expect((await cli('export', file, '--format', 'pdf')).err).toContain('Unknown export format "pdf"');
  });
});
