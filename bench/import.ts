// Benchmark: generates 300 realistic remissvar (PDF and DOCX), imports them into a fresh project; prints docs/s and peak RSS.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ImportedDocument } from '../shared/domain/types';
import { createProject } from '../electron/core/project/create-project';
import type { ProjectSession } from '../electron/core/project/project-session';
import { createImportPools } from '../electron/core/services/import-pools';
import { importMany } from '../electron/core/services/import-service';
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

/** A project's size on disk, its write-ahead log included. */
function fileSize(path: string): number {
  return [path, `${path}-wal`].reduce((n, p) => n + (existsSync(p) ? statSync(p).size : 0), 0);
}

export interface ImportBenchOptions {
  count?: number;
  workers?: number;
  /** Called with every parsed document, before it is stored. */
  onDocument?: (doc: ImportedDocument) => void | Promise<void>;
}

/**
 * Imports every file into a fresh real project through the app's service path (importMany with
 * the worker pools: files parsed `workers` at a time, each stored in its own transaction).
 */
export async function runImportBench(options: ImportBenchOptions = {}): Promise<void> {
  const count = options.count ?? 300;
  const dir = await mkdtemp(join(tmpdir(), 'remisskod-bench-'));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  let session: ProjectSession | null = null;
  try {
    const genStart = performance.now();
    const paths = await generateCorpus(join(dir, 'files'), count);
    console.log(
      `generated ${paths.length} files in ${((performance.now() - genStart) / 1000).toFixed(1)} s (${dir})`,
    );
    const workerScript = await bundleWorker(join(__dirname, '../node_modules/.cache/remisskod-bench'));
    const pools = createImportPools({
      workerScript,
      workers: options.workers ?? Math.min(2, availableParallelism()),
    });
    session = await createProject(join(dir, 'bench.remisskod'), { name: 'Benchmark' });
    const project = session;
    peak = process.memoryUsage().rss;
    const start = performance.now();
    let pages = 0;
    const outcomes = await importMany(
      project,
      paths.map((path) => ({ name: basename(path), bytes: () => new Uint8Array(readFileSync(path)) })),
      {
        parallel: pools.parallel,
        importer: async (name, bytes) => {
          const doc = await pools.import(name, bytes);
          pages += Math.max(1, ...doc.blocks.map((b) => b.page ?? 1));
          await options.onDocument?.(doc);
          return doc;
        },
      },
    );
    const seconds = (performance.now() - start) / 1000;
    await pools.close();
    const by = (status: string) => outcomes.filter((o) => o.status === status).length;
    for (const o of outcomes)
      if (o.status === 'refused') console.error(`refused ${o.fileName}: ${o.message}`);
    const stored = (project.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    console.log(
      `imported ${by('imported')} documents into a fresh project (${by('duplicate')} duplicates, ${by('refused')} refused, ${pages} PDF pages; ${stored} rows) in ${seconds.toFixed(1)} s with ${pools.parallel} ${pools.kind} pools`,
    );
    console.log(
      `${(paths.length / seconds).toFixed(1)} documents/second; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB; project file ${(fileSize(project.path) / 1024 / 1024).toFixed(1)} MB`,
    );
  } finally {
    clearInterval(sampler);
    session?.close();
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
