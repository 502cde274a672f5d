// Runs an export as a background job: progress in steps of 1 %, the file (base64) as the job's result.
import type { ExportResultDto } from '../../../../shared/api/channels/compilation';
import type { ExportProgress } from '../../../exporters/export-progress';
import type { JobRegistry } from '../job-registry';
import type { ExportFile } from './produce-export';

/** Produces the file, reporting progress; in this thread or in a worker. */
export type ExportProducer = (onProgress: ExportProgress) => Promise<ExportFile>;

const STEPS = 100;
/** The share of progress the writer reports; the rest is packing the file (zip, base64). */
const WRITING_SHARE = 0.95;

/**
 * The registry counts items; here each item is one percent that the job waits for, so the
 * writer runs at its own pace (yielding or in a worker) while `jobs:status` shows how far it is.
 */
export function startExportJob(jobs: JobRegistry, produce: ExportProducer): string {
  let fraction = 0;
  let result: ExportResultDto | null = null;
  let failure: Error | null = null;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    woken.forEach((w) => w());
  };
  let running: Promise<void> | null = null;
  const begin = () =>
    (running ??= produce((done, total) => {
      fraction = total > 0 ? (done / total) * WRITING_SHARE : WRITING_SHARE;
      wake();
    }).then(
      (file) => {
        result = {
          fileName: file.fileName,
          mimeType: file.mimeType,
          base64: Buffer.from(file.bytes).toString('base64'),
        };
        wake();
      },
      (error: unknown) => {
        failure = error instanceof Error ? error : new Error(String(error));
        wake();
      },
    ));
  const reached = (step: number) =>
    step === STEPS - 1 ? result !== null : fraction >= ((step + 1) / STEPS) * WRITING_SHARE;

  return jobs.start({
    kind: 'export',
    items: Array.from({ length: STEPS }, (_, i) => i),
    sliceMs: 0,
    step: async (step) => {
      void begin();
      while (!failure && !result && !reached(step)) await new Promise<void>((r) => waiters.push(r));
      if (failure) throw failure;
    },
    finish: () => {
      if (!result) throw new Error('The export was cancelled.');
      return result;
    },
  });
}
