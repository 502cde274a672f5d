import mammoth from 'mammoth';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '../../../exporters/test-fixtures';
import { useTempDir } from '../../test-support/temp-dir';
import { compilationProject } from './compilation-fixture';
import { JobRegistry } from '../job-registry';
import { startExportJob } from './export-job';
import { runExportInWorker } from './export-runner';

const WORKER = path.join(__dirname, 'export-worker.ts');
const tempDir = useTempDir();

describe('exports in a worker thread', () => {
  it('writes the DOCX off the main thread, reporting progress, and the job hands back the file', async () => {
    const jobs = new JobRegistry();
    const progress: number[] = [];
    const id = startExportJob(jobs, (onProgress) =>
      runExportInWorker(
        WORKER,
        { source: { snapshot: demoSnapshot() }, request: { format: 'docx', filter: {}, locale: 'sv' } },
        (done, total) => {
          progress.push(done / total);
          onProgress(done, total);
        },
      ),
    );
    const status = await jobs.wait(id);
    expect(status.error).toBeNull();
    expect(progress.at(-1)).toBe(1);
    const result = status.result as { fileName: string; base64: string };
    expect(result.fileName).toMatch(/^remissammanställning-.*\.docx$/);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(result.base64, 'base64') });
    expect(value).toContain('REMISSAMMANSTÄLLNING');
  }, 30_000);

  it('the worker reads the project file itself, beside the app’s open connection', async () => {
    const project = await compilationProject(tempDir());
    try {
      const file = await runExportInWorker(
        WORKER,
        {
          source: { projectPath: project.session.path, info: project.session.info() },
          request: { format: 'md', filter: { codeIds: ['p54'] }, locale: 'sv' },
        },
        () => {},
      );
      const text = Buffer.from(file.bytes).toString('utf8');
      expect(text).toContain('Tveksam: 1 · Avstyrker: 1');
      expect(text).toContain('ställer sig tveksam till förslaget om läkarmedverkan');
    } finally {
      project.session.close();
    }
  }, 30_000);

  it('a failing export ends the job with its error', async () => {
    const jobs = new JobRegistry();
    const id = startExportJob(jobs, () => Promise.reject(new Error('disk full')));
    expect((await jobs.wait(id)).error).toBe('disk full');
  });
});
