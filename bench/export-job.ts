// Benchmark: an export as the app runs it (job registry), in a worker thread and in-process; reports how
// long the app's event loop was blocked, which is what decides whether the UI stays responsive.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ExportFormat } from '../shared/api/channels/compilation';
import { buildMatrix } from '../shared/compilation/build-matrix';
import { startExportJob } from '../electron/core/services/compilation/export-job';
import { runExportInWorker } from '../electron/core/services/compilation/export-runner';
import { produceExport } from '../electron/core/services/compilation/produce-export';
import { JobRegistry } from '../electron/core/services/job-registry';
import { createProject } from '../electron/core/project/create-project';
import { insertAnnotation } from '../electron/core/db/tables/annotations';
import { insertCode } from '../electron/core/db/tables/codes';
import { ensureCoder } from '../electron/core/db/tables/coders';
import { insertDocument } from '../electron/core/db/tables/documents';
import { readProjectSnapshot } from '../electron/core/services/snapshot-service';
import { generateExportCorpus } from './export-corpus';

const WORKER = path.join(__dirname, '..', 'electron', 'core', 'services', 'compilation', 'export-worker.ts');

async function main(): Promise<void> {
  const snapshot = generateExportCorpus(300, 30_000);
  console.log('Export job benchmark: 300 documents, 30,000 annotations');
  const t0 = performance.now();
  buildMatrix(snapshot, {});
  console.log(`matrix (cold)                     ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
  const dir = mkdtempSync(path.join(tmpdir(), 'remisskod-bench-'));
  const session = await createProject(path.join(dir, 'bench.remisskod'), { name: snapshot.info.name });
  session.transaction(() => {
    snapshot.codes.forEach((c) => insertCode(session.db, c));
    snapshot.coders.forEach((c) => ensureCoder(session.db, c.name, c.id));
    snapshot.documents.forEach((d) => insertDocument(session.db, d, d.id));
    snapshot.annotations.forEach((a) => insertAnnotation(session.db, a));
  });
  const source = { projectPath: session.path, info: session.info() };
  for (const format of ['xlsx', 'docx', 'csv'] as ExportFormat[]) {
    for (const where of ['app: worker reads file', 'app: in-process', 'worker', 'in-process'] as const) {
      const jobs = new JobRegistry();
      const request = { format, filter: {}, locale: 'sv' as const };
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const start = performance.now();
      const id = startExportJob(jobs, (onProgress) =>
        where === 'app: worker reads file'
          ? runExportInWorker(WORKER, { source, request }, onProgress)
          : where === 'app: in-process'
            ? produceExport(readProjectSnapshot(session), request, onProgress)
            : where === 'worker'
              ? runExportInWorker(WORKER, { source: { snapshot }, request }, onProgress)
              : produceExport(snapshot, request, onProgress),
      );
      const status = await jobs.wait(id);
      loop.disable();
      const ms = performance.now() - start;
      const size = status.result ? (status.result as { base64: string }).base64.length * 0.75 : 0;
      console.log(
        `${format.padEnd(5)} ${where.padEnd(24)} ${ms.toFixed(0).padStart(7)} ms  ${(size / 1e6).toFixed(1)} MB  ` +
          `longest event-loop block ${(loop.max / 1e6).toFixed(0)} ms${status.error ? `  ERROR ${status.error}` : ''}`,
      );
    }
  }
  session.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
