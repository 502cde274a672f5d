// Tests for the `import` CLI command, run in-process: a real PDF, a real DOCX and a bad file, with a summary and exit code.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFileBytes } from '../../importers/import-file';
import { makeDocx } from '../../importers/fixtures/make-docx';
import { makePdf } from '../../importers/fixtures/make-pdf';
import { ProjectSession } from '../../core/project/project-session';
import { makeProject } from '../../core/test-support/make-project';
import { useTempDir } from '../../core/test-support/temp-dir';
import { runCli } from '../run-cli';

const tempDir = useTempDir();
const SEEDS = path.join(__dirname, '../../../seeds');

const seedLines = (name: string): string[] =>
  fs
    .readFileSync(path.join(SEEDS, name), 'utf8')
    .split('\n')
    .map((l) => l.replace(/^\s+/u, ''));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/** A closed project and a folder with kalmar.pdf, blekinge.docx and trasig.pdf (not a PDF). */
async function setUp(): Promise<{ project: string; folder: string }> {
  const dir = tempDir();
  const { session } = await makeProject(dir);
  session.close();
  const folder = path.join(dir, 'remissvar');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'kalmar.pdf'), await makePdf(seedLines('kalmar-kommun.txt')));
  const txt = await importFileBytes(
    'blekinge.txt',
    new Uint8Array(fs.readFileSync(path.join(SEEDS, 'region-blekinge.txt'))),
  );
  const blocks = txt.blocks.map((b) => ({
    type: b.type,
    level: b.level,
    text: txt.text.slice(b.start, b.end),
  }));
  fs.writeFileSync(path.join(folder, 'blekinge.docx'), await makeDocx(blocks));
  fs.writeFileSync(path.join(folder, 'trasig.pdf'), 'Det här är ingen PDF, bara text med fel namn.');
  return { project: path.join(dir, 'test.remisskod'), folder };
}

const TS_WORKER = path.join(__dirname, '../../importers/import-worker.ts');

describe('remisskod import', () => {
  beforeEach(() => vi.stubEnv('REMISSKOD_IMPORT_WORKER', TS_WORKER));
  afterEach(() => vi.unstubAllEnvs());

  it('imports a folder, prints a summary with the refusal reason and exits 1 when a file was refused', async () => {
    const { project, folder } = await setUp();
    const { code, out, err } = await run(['import', project, folder]);
    expect(err).not.toContain('Import worker not found');
    expect(code).toBe(1);
    expect(out).toContain('imported  blekinge.docx  (Region Blekinge)');
    expect(out).toContain('imported  kalmar.pdf  (Kalmar kommun)');
    expect(out).toContain('2 imported, 0 duplicates, 1 refused');
    expect(err).toContain('refused   trasig.pdf: The file is damaged or is not what its name says.');
    const session = ProjectSession.open(project);
    const respondents = (
      session.db.prepare('SELECT respondent FROM documents ORDER BY respondent').all() as {
        respondent: string;
      }[]
    ).map((r) => r.respondent);
    session.close();
    expect(respondents).toEqual(['Exempels kommun', 'Kalmar kommun', 'Region Blekinge']);
  }, 60_000);

  it('reports a file imported before as a duplicate and exits 0', async () => {
    const { project, folder } = await setUp();
    await run(['import', project, path.join(folder, 'kalmar.pdf')]);
    const again = await run(['import', project, path.join(folder, 'kalmar.pdf'), '--format', 'json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toEqual([
      expect.objectContaining({ fileName: 'kalmar.pdf', status: 'duplicate', respondent: 'Kalmar kommun' }),
    ]);
  }, 60_000);

  it('parses in its own thread, saying so, when the worker script is missing', async () => {
    vi.stubEnv('REMISSKOD_IMPORT_WORKER', path.join(tempDir(), 'saknas.cjs'));
    const { project, folder } = await setUp();
    const { code, out, err } = await run(['import', project, path.join(folder, 'blekinge.docx')]);
    expect(code).toBe(0);
    expect(err).toMatch(/Import worker not found at .*saknas\.cjs/);
    expect(out).toContain('1 imported, 0 duplicates, 0 refused');
  }, 60_000);
});
