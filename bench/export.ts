// Benchmark: 300 remissvar and 30,000 annotations in a real project file; times matrix, XLSX, DOCX and CSV export.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildCompilation } from '../shared/compilation/build-compilation';
import { buildExcerptRows } from '../shared/compilation/build-excerpt-rows';
import { buildMatrix } from '../shared/compilation/build-matrix';
import type { ProjectSnapshot } from '../shared/domain/project-snapshot';
import { exportExcerptsCsv } from '../electron/exporters/csv-export';
import { exportCompilationDocx } from '../electron/exporters/docx-export';
import { exportExcerptsXlsx } from '../electron/exporters/xlsx-export';
import { generateExportCorpus } from './export-corpus';

const DOCUMENTS = 300;
const ANNOTATIONS = 30_000;
const inMemory = process.argv.includes('--in-memory');

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 10);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timed<T>(label: string, target: number | null, fn: () => Promise<T> | T): Promise<T> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  loop.disable();
  sample();
  const verdict = target === null ? '' : ms < target ? `  ✓ < ${target} ms` : `  ✗ target ${target} ms`;
  const size = Buffer.isBuffer(result) ? `  ${(result.length / 1024 / 1024).toFixed(1)} MB` : '';
  const block = `  longest event-loop block ${(loop.max / 1e6).toFixed(0)} ms`;
  const cpuText = `  (cpu ${cpuMs.toFixed(0)} ms)`;
  console.log(
    `${label.padEnd(38)} ${ms.toFixed(1).padStart(9)} ms${cpuText}${size}${verdict}${target && target >= 1000 ? block : ''}`,
  );
  return result;
}

async function fromProjectFile(
  generated: ProjectSnapshot,
): Promise<{ snapshot: ProjectSnapshot; cleanup: () => void }> {
  const { createProject } = await import('../electron/core/project/create-project');
  const { insertCode } = await import('../electron/core/db/tables/codes');
  const { ensureCoder } = await import('../electron/core/db/tables/coders');
  const { insertDocument } = await import('../electron/core/db/tables/documents');
  const { insertAnnotation } = await import('../electron/core/db/tables/annotations');
  const { readProjectSnapshot } = await import('../electron/core/services/snapshot-service');
  const dir = mkdtempSync(join(tmpdir(), 'remisskod-bench-'));
  const session = await createProject(join(dir, 'bench.remisskod'), {
    name: generated.info.name,
    reportTitle: generated.info.reportTitle,
  });
  await timed('write project file (setup)', null, () =>
    session.transaction(() => {
      generated.codes.forEach((c) => insertCode(session.db, c));
      generated.coders.forEach((c) => ensureCoder(session.db, c.name, c.id));
      generated.documents.forEach((d) => insertDocument(session.db, d, d.id));
      generated.annotations.forEach((a) => insertAnnotation(session.db, a));
    }),
  );
  const snapshot = await timed('read ProjectSnapshot from SQLite', null, () => readProjectSnapshot(session));
  return {
    snapshot,
    cleanup: () => {
      session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  console.log(
    `Export benchmark: ${DOCUMENTS} documents, ${ANNOTATIONS} annotations (${inMemory ? 'in memory' : 'real project file'})`,
  );
  console.log(
    `  ${process.version}, load average ${(await import('node:os'))
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  const generated = await timed('generate corpus', null, () => generateExportCorpus(DOCUMENTS, ANNOTATIONS));
  const { snapshot, cleanup } = inMemory
    ? { snapshot: generated, cleanup: () => undefined }
    : await fromProjectFile(generated);
  const tags = snapshot.annotations.reduce((n, a) => n + a.tags.length, 0);
  console.log(
    `  ${snapshot.documents.length} documents, ${snapshot.annotations.length} annotations, ${tags} tags, ${snapshot.codes.length} codes`,
  );

  const filtered = { coderIds: ['c1', 'c2'], stanceIds: ['supports', 'opposes', 'sceptical'] };
  await timed('matrix (first run, JIT cold)', null, () => buildMatrix(snapshot, {}));
  for (const [label, filter] of [
    ['matrix (median of 10)', {}],
    ['matrix, 2 coders × 3 stances (median)', filtered],
  ] as const) {
    const runs: number[] = [];
    const cpuRuns: number[] = [];
    for (let i = 0; i < 10; i++) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      buildMatrix(snapshot, filter);
      runs.push(performance.now() - t0);
      const cpu = process.cpuUsage(cpu0);
      cpuRuns.push((cpu.user + cpu.system) / 1000);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[5]!;
    const ms = median(runs);
    console.log(
      `${label.padEnd(38)} ${ms.toFixed(1).padStart(9)} ms  (cpu ${median(cpuRuns).toFixed(0)} ms)${ms < 50 ? '  ✓ < 50 ms' : '  ✗ target 50 ms'}`,
    );
  }

  const rows = await timed('excerpt rows (model)', null, () => buildExcerptRows(snapshot, {}, 'sv'));
  await timed('XLSX export (rows + matrix sheets)', 5000, async () =>
    exportExcerptsXlsx(rows, buildMatrix(snapshot, {})),
  );
  await timed('CSV export', 2000, () => exportExcerptsCsv(rows, { delimiter: ';' }));
  const compilation = await timed('compilation (model)', null, () => buildCompilation(snapshot, {}, 'sv'));
  await timed('DOCX export', 10_000, () => exportCompilationDocx(compilation));

  clearInterval(sampler);
  cleanup();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const peak = Math.max(peakRss, maxRss);
  console.log(
    `${'peak memory (max RSS)'.padEnd(38)} ${mb(peak).padStart(9)}${peak < 1024 ** 3 ? '  ✓ < 1 GB' : '  ✗ target 1 GB'}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
