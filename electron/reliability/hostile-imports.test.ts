// Feeds the hostile corpus to the import service: each file is refused cleanly, in time, naming the file, writing nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../core/project/project-session';
import { importOne, type ImportOutcome } from '../core/services/import-service';
import { makeProject } from '../core/test-support/make-project';
import { useTempDir } from '../core/test-support/temp-dir';
import { HOSTILE_IMPORTS } from './hostile-inputs';
import { XXE_TARGET } from './hostile-zips';
import { recordOutcome, writeOutcomeReport } from './outcome-report';

const TIME_LIMIT_MS = 20_000;
const tempDir = useTempDir();
let session: ProjectSession;
let projectDir: string;

function stateOf(s: ProjectSession): { documents: number; fts: number; changes: number } {
  const one = (sql: string) => (s.db.prepare(sql).get() as { n: number }).n;
  return {
    documents: one('SELECT count(*) AS n FROM documents'),
    fts: one('SELECT count(*) AS n FROM document_fts'),
    changes: one('SELECT total_changes() AS n'),
  };
}

function withTimeLimit<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    }),
  ]);
}

beforeAll(async () => {
  projectDir = fs.mkdtempSync(path.join(fs.realpathSync(tempDirRoot()), 'remisskod-hostile-'));
  session = (await makeProject(projectDir)).session;
});

afterAll(() => {
  session.close();
  fs.rmSync(projectDir, { recursive: true, force: true });
  writeOutcomeReport('hostile-imports');
});

function tempDirRoot(): string {
  return path.dirname(tempDir());
}

describe('hostile files given to the importers', () => {
  for (const file of HOSTILE_IMPORTS) {
    it(
      `${file.what} (${file.name})`,
      async () => {
        const bytes = await file.bytes();
        const before = stateOf(session);
        const started = Date.now();
        const outcome: ImportOutcome = await withTimeLimit(
          importOne(session, { name: file.name, bytes }),
          TIME_LIMIT_MS,
          file.name,
        );
        const ms = Date.now() - started;
        recordOutcome('hostile-imports', {
          input: `${file.name}: ${file.what}`,
          result:
            outcome.status === 'refused' ? `refused (${outcome.code}): ${outcome.message}` : outcome.status,
          ms,
        });
        if (outcome.status === 'refused') {
          expect(file.expect).toContain(outcome.code);
          expect(outcome.message).toContain(file.name);
          expect(stateOf(session)).toEqual(before); // nothing written
        } else {
          expect(file.expect, `${file.name} was ${outcome.status}`).toContain('imported-safely');
          const text = (
            session.db.prepare('SELECT text FROM documents ORDER BY rowid DESC LIMIT 1').get() as {
              text: string;
            }
          ).text;
          expect(text).not.toContain(fs.readFileSync(XXE_TARGET, 'utf8').trim() || '\u0000never');
          expect(text.length).toBeLessThan(10_000_000);
          if (outcome.status === 'imported')
            session.db.prepare('DELETE FROM documents WHERE id = ?').run(outcome.documentId);
        }
        // Nothing was unpacked next to the project or above it.
        expect(fs.existsSync(path.resolve(projectDir, '..', '..', 'x'))).toBe(false);
        expect(fs.readdirSync(projectDir).filter((n) => !n.startsWith('test.remisskod'))).toEqual([]);
      },
      TIME_LIMIT_MS + 10_000,
    );
  }
});

describe('a parse that runs too long', () => {
  it('is stopped by the import worker and refused as timeout, and the next file still imports', async () => {
    const { ImportWorkerPool } = await import('../importers/import-in-worker');
    const { makePdf } = await import('../importers/fixtures/make-pdf');
    const pool = new ImportWorkerPool(path.resolve(__dirname, '../importers/import-worker.ts'));
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      i % 40 === 39 ? '' : `Rad ${i} kommunen tillstyrker.`,
    );
    const slow = await makePdf(lines);
    const started = Date.now();
    await expect(pool.import('lang.pdf', slow, { limits: { timeoutMs: 200 } })).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringContaining('lang.pdf'),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    const ok = await pool.import('kort.txt', Buffer.from('Kommunen tillstyrker förslaget.'));
    expect(ok.text).toContain('tillstyrker');
    await pool.close();
    recordOutcome('hostile-imports', {
      input: 'lang.pdf: a 20 000-line PDF with a 200 ms time limit (stands in for a parser that loops)',
      result: 'refused (timeout) by the import worker; the worker was replaced and the next file imported',
      ms: Date.now() - started,
    });
  }, 60_000);
});
