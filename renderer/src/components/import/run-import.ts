// Runs an import from the renderer: sends the files in requests, follows each job's progress, gathers the outcomes.
import { ApiError } from '../../../../shared/api/api-error';
import type { ImportOutcomeDto } from '../../../../shared/api/channels/import';
import type { Input, Output } from '../../../../shared/api/contract';
import { validation } from '../../api/validation';
import { bytesToBase64 } from '../sharing/bytes-to-base64';
import { planBatches } from './plan-batches';

export interface ImportProgress {
  done: number;
  total: number;
  /** The file being imported now, or null between requests. */
  current: string | null;
}

export interface ImportRunResult {
  outcomes: ImportOutcomeDto[];
  /** Files not handled because the import was cancelled. */
  skipped: number;
  cancelled: boolean;
}

type Call = <C extends 'import:start' | 'import:cancel' | 'jobs:status'>(
  channel: C,
  input: Input<C>,
) => Promise<Output<C>>;

export interface RunImportOptions {
  call: Call;
  onProgress: (progress: ImportProgress) => void;
  /** Checked between polls; once true, the running job is cancelled after its current file. */
  isCancelled: () => boolean;
  pollMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function toRequestFile(file: File): Promise<{ name: string; base64: string }> {
  return { name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

export async function runImport(files: readonly File[], options: RunImportOptions): Promise<ImportRunResult> {
  const { call, onProgress, isCancelled, pollMs = 250 } = options;
  const plan = planBatches(files);
  const outcomes: ImportOutcomeDto[] = plan.tooLarge.map((file) => ({
    fileName: file.name,
    status: 'refused',
    code: 'file_too_large',
    message: `${file.name}: too large to import`,
  }));
  let offset = outcomes.length;
  const total = files.length;
  onProgress({ done: offset, total, current: null });
  for (const batch of plan.batches) {
    if (isCancelled()) break;
    onProgress({ done: offset, total, current: batch[0]!.name });
    const { jobId } = await call('import:start', { files: await Promise.all(batch.map(toRequestFile)) });
    let cancelSent = false;
    for (;;) {
      const status = await call('jobs:status', { jobId });
      onProgress({
        done: offset + status.done,
        total,
        current: status.finished ? null : (batch[status.done]?.name ?? null),
      });
      if (status.finished) {
        if (status.error) throw new ApiError('import_failed', status.error, { message: status.error });
        outcomes.push(...(await validation()).importJobResultSchema.parse(status.result).outcomes);
        break;
      }
      if (isCancelled() && !cancelSent) {
        cancelSent = true;
        await call('import:cancel', { jobId });
      }
      await sleep(pollMs);
    }
    offset += batch.length;
  }
  const skipped = total - outcomes.length;
  return { outcomes, skipped, cancelled: skipped > 0 };
}
