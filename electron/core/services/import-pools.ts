// The app's file parser: two import worker pools (one per core) off the main thread, or in-process when the worker is missing.
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { importFileBytes } from '../../importers/import-file';
import { ImportWorkerPool } from '../../importers/import-in-worker';
import type { Importer } from './import-parse';

export interface ParallelImporter {
  /** Parses one file (worker pools take turns; each pool runs one file at a time). */
  readonly import: Importer;
  /** How many files it parses at the same time. */
  readonly parallel: number;
  /** 'worker' or 'in-process' (the fallback). */
  readonly kind: 'worker' | 'in-process';
  close(): Promise<void>;
}

export interface ImportPoolsOptions {
  /**
   * The worker entry; default $REMISSKOD_IMPORT_WORKER, else dist/workers/import-worker.cjs beside
   * the running bundle. A .ts entry (tests) is loaded through tsx.
   */
  workerScript?: string;
  /** Number of worker pools (default: 2, or 1 on a single core). */
  workers?: number;
  log?: (message: string) => void;
}

/** Where scripts/build.mjs writes the worker: dist/workers/, a sibling of dist/server, dist/electron and dist/cli. */
export function bundledWorkerScript(): string {
  return path.join(__dirname, '..', 'workers', 'import-worker.cjs');
}

/** Worker pools when the worker script exists, otherwise parsing in this thread (with a log line saying so). */
export function createImportPools(options: ImportPoolsOptions = {}): ParallelImporter {
  const workerScript = options.workerScript ?? process.env.REMISSKOD_IMPORT_WORKER ?? bundledWorkerScript();
  const log = options.log ?? ((m: string) => console.error(m));
  if (!fs.existsSync(workerScript)) {
    log(
      `Import worker not found at ${workerScript}; files are parsed in the app's own thread, without time limits.`,
    );
    return {
      import: (name, bytes) => importFileBytes(name, bytes),
      parallel: 1,
      kind: 'in-process',
      close: async () => {},
    };
  }
  const count = Math.max(1, options.workers ?? Math.min(2, availableParallelism()));
  const pools = Array.from({ length: count }, () => ({ pool: new ImportWorkerPool(workerScript), busy: 0 }));
  return {
    parallel: count,
    kind: 'worker',
    import: async (name, bytes) => {
      const slot = pools.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      try {
        return await slot.pool.import(name, bytes);
      } finally {
        slot.busy--;
      }
    },
    close: async () => {
      await Promise.all(pools.map((p) => p.pool.close()));
    },
  };
}
