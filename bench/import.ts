// Benchmark: generates 300 realistic remissvar (PDF and DOCX) and imports them all; prints docs/s and peak RSS.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportedDocument } from '../shared/domain/types';
import { ImportWorkerPool } from '../electron/importers/import-in-worker';
import { build } from 'esbuild';
import { generateCorpus } from './generate-remissvar';

/** Bundles the worker entry the way the app ships it (dist/import-worker.cjs). */
async function bundleWorker(dir: string): Promise<string> {
  const outfile = join(dir, 'import-worker.cjs');
  await build({
    entryPoints: [join(__dirname, '../electron/importers/import-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'warning',
    absWorkingDir: join(__dirname, '..'),
    nodePaths: [join(__dirname, '../node_modules')],
  });
  return outfile;
}

export interface ImportBenchOptions {
  count?: number;
  workers?: number;
  /** Called with every imported document (e.g. to insert it into a project). */
  onDocument?: (doc: ImportedDocument) => void | Promise<void>;
}

/** Imports every file through a pool of import workers (as the app does), `workers` files at a time. */
export async function runImportBench(options: ImportBenchOptions = {}): Promise<void> {
  const count = options.count ?? 300;
  const workers = options.workers ?? Math.min(2, availableParallelism());
  const dir = await mkdtemp(join(tmpdir(), 'remisskod-bench-'));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const genStart = performance.now();
    const paths = await generateCorpus(dir, count);
    console.log(
      `generated ${paths.length} files in ${((performance.now() - genStart) / 1000).toFixed(1)} s (${dir})`,
    );
    const workerScript = await bundleWorker(join(__dirname, '../node_modules/.cache/remisskod-bench'));
    const pools = Array.from({ length: workers }, () => new ImportWorkerPool(workerScript));
    peak = process.memoryUsage().rss;
    const start = performance.now();
    let pages = 0;
    let failed = 0;
    let nextIndex = 0;
    await Promise.all(
      pools.map(async (pool) => {
        while (nextIndex < paths.length) {
          const path = paths[nextIndex++]!;
          try {
            const doc = await pool.import(path.split('/').pop()!, new Uint8Array(await readFile(path)));
            pages += Math.max(1, ...doc.blocks.map((b) => b.page ?? 1));
            await options.onDocument?.(doc);
          } catch (error) {
            failed++;
            console.error(String(error));
          }
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    await Promise.all(pools.map((p) => p.close()));
    console.log(
      `imported ${paths.length - failed} documents (${failed} failed, ${pages} PDF pages) in ${seconds.toFixed(1)} s with ${workers} workers`,
    );
    console.log(
      `${(paths.length / seconds).toFixed(1)} documents/second; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
    );
  } finally {
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 300);
  void runImportBench({ count }).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
