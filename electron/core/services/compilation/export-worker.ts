// Worker thread entry: reads the project and writes one export off the app's main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportWorkerMessage, ExportWorkerRequest } from './export-worker-protocol';
import { produceExport } from './produce-export';
import { readSnapshotFromFile } from './read-snapshot-file';

async function run(data: ExportWorkerRequest, post: (m: ExportWorkerMessage, t?: ArrayBuffer[]) => void) {
  const snapshot =
    'snapshot' in data.source
      ? data.source.snapshot
      : readSnapshotFromFile(data.source.projectPath, data.source.info);
  const file = await produceExport(snapshot, data.request, (done, total) =>
    post({ type: 'progress', done, total }),
  );
  const bytes = new Uint8Array(file.bytes);
  post({ type: 'done', file: { ...file, bytes } }, [bytes.buffer]);
}

const port = parentPort;
if (port) {
  run(workerData as ExportWorkerRequest, (message, transfer = []) =>
    port.postMessage(message, transfer),
  ).catch((error: unknown) =>
    port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
}
