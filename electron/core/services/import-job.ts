// Runs an import as a background job: files parsed ahead by the worker pools, stored one by one, cancellable between files.
import type { ProjectSession } from '../project/project-session';
import type { FileToImport, ImportOutcome } from './import-parse';
import type { ParallelImporter } from './import-pools';
import { prefetchParses } from './import-prefetch';
import { storeParsed } from './import-service';
import type { JobRegistry } from './job-registry';

export const IMPORT_JOB_KIND = 'import';

/**
 * Starts importing `files` and returns the job id at once. Progress is the job's done/total
 * (file `done` is the one being imported); its result is `{ outcomes }`, one per file handled.
 * Cancelling stops after the current file: files already imported stay, the rest are not started.
 */
export function startImportJob(
  session: ProjectSession,
  jobs: JobRegistry,
  files: readonly FileToImport[],
  importer: Pick<ParallelImporter, 'import' | 'parallel'>,
): string {
  const next = prefetchParses(files, importer.import, importer.parallel);
  const outcomes: ImportOutcome[] = [];
  return jobs.start({
    kind: IMPORT_JOB_KIND,
    items: files,
    step: async (file, index) => {
      outcomes.push(storeParsed(session, file.name, await next(index)));
    },
    finish: () => ({ outcomes }),
    sliceMs: 0,
  });
}
