// Starts an export job, reports its progress while polling, and hands back the finished file.
import { ApiError } from '../../../../shared/api/api-error';
import type { ExportResultDto } from '../../../../shared/api/channels/compilation';
import type { Input } from '../../../../shared/api/contract';
import { api } from '../../api/api-client';
import { validation } from '../../api/validation';

const POLL_MS = 150;

export async function runExport(
  request: Input<'export:start'>,
  onProgress: (done: number, total: number) => void,
): Promise<ExportResultDto> {
  const { jobId } = await api.call('export:start', request);
  for (;;) {
    const status = await api.call('jobs:status', { jobId });
    onProgress(status.done, status.total);
    if (status.error) throw new ApiError('export_failed', status.error, { message: status.error });
    if (status.finished) return (await validation()).exportResultSchema.parse(status.result);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
