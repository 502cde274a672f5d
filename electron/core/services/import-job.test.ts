// Tests for importing as a background job: outcomes per file, duplicates, refusals that write nothing, cancel, parallel parsing.
import { describe, expect, it } from 'vitest';
import { importFileBytes } from '../../importers/import-file';
import type { ProjectSession } from '../project/project-session';
import { makeProject } from '../test-support/make-project';
import { useTempDir } from '../test-support/temp-dir';
import { startImportJob } from './import-job';
import type { FileToImport, Importer, ImportOutcome } from './import-parse';
import { JobRegistry } from './job-registry';

const tempDir = useTempDir();

function remissvar(name: string, municipality: string): FileToImport {
  const text = [
    `${municipality} kommun`,
    '',
    'Yttrande över betänkandet Ett nytt ansvar för kommunerna (SOU 2024:72)',
    '',
    `${municipality} kommun tillstyrker förslaget om medicinsk bedömning dygnet runt.`,
    '',
  ].join('\n');
  return { name, bytes: new TextEncoder().encode(text) };
}

const inProcess = { import: ((name, bytes) => importFileBytes(name, bytes)) as Importer, parallel: 1 };

function counts(session: ProjectSession): { documents: number; fts: number } {
  const one = (sql: string) => (session.db.prepare(sql).get() as { n: number }).n;
  return {
    documents: one('SELECT count(*) AS n FROM documents'),
    fts: one('SELECT count(*) AS n FROM document_fts'),
  };
}

async function runJob(session: ProjectSession, files: FileToImport[], importer = inProcess) {
  const jobs = new JobRegistry();
  const id = startImportJob(session, jobs, files, importer);
  const status = await jobs.wait(id);
  return { status, outcomes: (status.result as { outcomes: ImportOutcome[] }).outcomes };
}

describe('startImportJob', () => {
  it('imports every file and names the respondent of each', async () => {
    const { session } = await makeProject(tempDir());
    const before = counts(session).documents;
    const { status, outcomes } = await runJob(session, [
      remissvar('kalmar.txt', 'Kalmar'),
      remissvar('vaxjo.txt', 'Växjö'),
    ]);
    expect(status).toMatchObject({ kind: 'import', done: 2, total: 2, finished: true, error: null });
    expect(outcomes.map((o) => [o.fileName, o.status, 'respondent' in o ? o.respondent : ''])).toEqual([
      ['kalmar.txt', 'imported', 'Kalmar kommun'],
      ['vaxjo.txt', 'imported', 'Växjö kommun'],
    ]);
    expect(counts(session).documents).toBe(before + 2);
    session.close();
  });

  it('reports the same content twice as a duplicate of the document already there', async () => {
    const { session } = await makeProject(tempDir());
    const first = await runJob(session, [
      remissvar('kalmar.txt', 'Kalmar'),
      remissvar('kalmar-kopia.txt', 'Kalmar'),
    ]);
    const [imported, copy] = first.outcomes;
    expect(imported).toMatchObject({ status: 'imported' });
    expect(copy).toMatchObject({
      status: 'duplicate',
      existingId: imported!.status === 'imported' ? imported!.documentId : '',
      respondent: 'Kalmar kommun',
    });
    const again = await runJob(session, [remissvar('kalmar-igen.txt', 'Kalmar')]);
    expect(again.outcomes[0]).toMatchObject({ status: 'duplicate', respondent: 'Kalmar kommun' });
    session.close();
  });

  it('refuses a bad file with its reason and writes nothing for it', async () => {
    const { session } = await makeProject(tempDir());
    const before = counts(session);
    const changesBefore = (session.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const junk = { name: 'trasig.pdf', bytes: new TextEncoder().encode('det här är ingen pdf') };
    const empty = { name: 'tom.txt', bytes: new Uint8Array(0) };
    const { outcomes } = await runJob(session, [
      junk,
      empty,
      { name: 'bild.png', bytes: new Uint8Array([1, 2, 3]) },
    ]);
    expect(outcomes.map((o) => (o.status === 'refused' ? o.code : o.status))).toEqual([
      'corrupt_file',
      'empty_file',
      'unsupported_format',
    ]);
    expect(outcomes[0]).toMatchObject({ message: expect.stringContaining('trasig.pdf') });
    expect(counts(session)).toEqual(before);
    expect((session.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n).toBe(changesBefore);
    session.close();
  });

  it('stops after the current file when cancelled and keeps what was imported', async () => {
    const { session } = await makeProject(tempDir());
    const before = counts(session).documents;
    const slow: Importer = async (name, bytes) => {
      await new Promise((r) => setTimeout(r, 40));
      return importFileBytes(name, bytes);
    };
    const files = ['Kalmar', 'Växjö', 'Lund', 'Umeå', 'Luleå', 'Gävle'].map((m) => remissvar(`${m}.txt`, m));
    const jobs = new JobRegistry();
    const id = startImportJob(session, jobs, files, { import: slow, parallel: 2 });
    while (jobs.status(id).done < 1) await new Promise((r) => setTimeout(r, 5));
    jobs.cancel(id);
    const status = await jobs.wait(id);
    const outcomes = (status.result as { outcomes: ImportOutcome[] }).outcomes;
    expect(status.cancelled).toBe(true);
    expect(outcomes.length).toBeLessThan(files.length);
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    expect(counts(session).documents).toBe(before + outcomes.length);
    session.close();
  });

  it('parses up to `parallel` files at once and still stores them in order', async () => {
    const { session } = await makeProject(tempDir());
    let running = 0;
    let most = 0;
    const tracked: Importer = async (name, bytes) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, name.startsWith('A') ? 60 : 5));
      running--;
      return importFileBytes(name, bytes);
    };
    const files = ['Arvika', 'Borås', 'Alingsås', 'Boden', 'Askersund'].map((m) => remissvar(`${m}.txt`, m));
    const { outcomes } = await runJob(session, files, { import: tracked, parallel: 2 });
    expect(most).toBe(2);
    expect(outcomes.map((o) => o.fileName)).toEqual(files.map((f) => f.name));
    session.close();
  });
});
