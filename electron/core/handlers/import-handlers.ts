// Handlers for import:* channels: start a background import of files sent as base64, cancel it.
import { jobRegistryFor } from '../services/job-registry';
import type { FileToImport } from '../services/import-parse';
import { startImportJob } from '../services/import-job';
import type { HandlerMap } from './handler-types';

/** Decodes a file's base64 only when its turn comes, and lets go of the text afterwards. */
function lazyFile(name: string, base64: string): FileToImport {
  let text: string | null = base64;
  return {
    name,
    bytes: () => {
      const buffer = Buffer.from(text ?? '', 'base64');
      text = null;
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
  };
}

export const importHandlers: HandlerMap<'import:start' | 'import:cancel'> = {
  'import:start': (ctx, { files }) => ({
    jobId: startImportJob(
      ctx.project(),
      jobRegistryFor(ctx),
      files.map((f) => lazyFile(f.name, f.base64)),
      ctx.importer(),
    ),
  }),
  'import:cancel': (ctx, { jobId }) => ({ jobId, cancelled: jobRegistryFor(ctx).cancel(jobId).cancelled }),
};
