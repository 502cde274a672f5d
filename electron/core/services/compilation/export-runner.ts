// Chooses where an export is written: in a worker thread when the bundled worker exists, else in this thread.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ProjectSnapshot } from '../../../../shared/domain/project-snapshot';
import type { ProjectInfo } from '../../../../shared/domain/types';
import type { ExportProducer } from './export-job';
import type { ExportWorkerMessage, ExportWorkerRequest } from './export-worker-protocol';
import { produceExport, type ExportRequest } from './produce-export';

/** $REMISSKOD_EXPORT_WORKER (a .ts entry is loaded through tsx), else dist/workers/export-worker.cjs. */
export function exportWorkerScript(): string {
  return process.env.REMISSKOD_EXPORT_WORKER ?? path.join(__dirname, '..', 'workers', 'export-worker.cjs');
}

export function runExportInWorker(
  script: string,
  data: ExportWorkerRequest,
  onProgress: (done: number, total: number) => void,
): ReturnType<ExportProducer> {
  const fromTypeScript = /\.[mc]?ts$/u.test(script);
  const entry = fromTypeScript ? `require('tsx/cjs');require(${JSON.stringify(script)});` : script;
  const worker = new Worker(entry, { eval: fromTypeScript, workerData: data });
  return new Promise((resolve, reject) => {
    worker.on('message', (message: ExportWorkerMessage) => {
      if (message.type === 'progress') onProgress(message.done, message.total);
      else if (message.type === 'done') resolve(message.file);
      else reject(new Error(message.message));
      if (message.type !== 'progress') void worker.terminate();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The export worker stopped (exit code ${code}).`)));
  });
}

/**
 * In a worker, which reads the project file itself (so neither reading nor writing blocks the app);
 * without the worker, `readInProcess` supplies the snapshot and the export runs here.
 */
export function exportProducer(
  source: { projectPath: string; info: ProjectInfo },
  readInProcess: () => ProjectSnapshot,
  request: ExportRequest,
): ExportProducer {
  const script = exportWorkerScript();
  if (fs.existsSync(script))
    return (onProgress) => runExportInWorker(script, { source, request }, onProgress);
  return (onProgress) => produceExport(readInProcess(), request, onProgress);
}
