import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from './fixtures/make-pdf';
import { ImportError } from './import-error';
import { ImportWorkerPool, importFileInWorker } from './import-in-worker';

const WORKER = join(__dirname, 'import-worker.ts');
const LETTER = [
  'Yttrande',
  '',
  'Region Gotland ställer sig positiv till utredningens förslag om en nationell samordnare.',
];

describe('imports in a worker thread', () => {
  const pool = new ImportWorkerPool(WORKER);
  afterAll(() => pool.close());

  it('imports a PDF off the calling thread', async () => {
    const doc = await pool.import('gotland.pdf', await makePdf(LETTER));
    expect(doc).toMatchObject({
      respondent: 'Region Gotland',
      respondentType: 'region',
      sourceFormat: 'pdf',
    });
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', page: 1 });
  }, 60_000);

  it('passes refusals back with their code', async () => {
    await expect(pool.import('svar.txt', new Uint8Array())).rejects.toMatchObject({
      code: 'empty_file',
      fileName: 'svar.txt',
    });
  }, 60_000);

  it('stops a parse that takes longer than the time limit, then carries on with the next file', async () => {
    const slow = pool.import('loop.pdf', await makePdf([...LETTER, ...LETTER]), { limits: { timeoutMs: 1 } });
    await expect(slow).rejects.toBeInstanceOf(ImportError);
    await expect(slow).rejects.toMatchObject({ code: 'timeout', fileName: 'loop.pdf' });
    const next = await pool.import('svar.txt', new TextEncoder().encode(LETTER.join('\n')));
    expect(next.respondent).toBe('Region Gotland');
  }, 60_000);

  it('has a one-shot form that starts and stops its own worker', async () => {
    const doc = await importFileInWorker('svar.txt', new TextEncoder().encode(LETTER.join('\n')), {
      workerScript: WORKER,
    });
    expect(doc.text).toContain('Region Gotland ställer sig positiv');
  }, 60_000);
});
