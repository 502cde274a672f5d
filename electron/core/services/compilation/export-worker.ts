// Worker thread entry: writes one export off the app's main thread (DOCX/XLSX packing blocks for long).
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportWorkerMessage, ExportWorkerRequest } from './export-worker-protocol';
import { produceExport } from './produce-export';

const port = parentPort;
if (port) {
  const { snapshot, request } = workerData as ExportWorkerRequest;
  const post = (message: ExportWorkerMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  produceExport(snapshot, { ...request, now: request.now ? new Date(request.now) : undefined }, (done, total) =>
    post({ type: 'progress', done, total }),
  ).then(
    (file) => {
      const bytes = new Uint8Array(file.bytes);
      post({ type: 'done', file: { ...file, bytes } }, [bytes.buffer]);
    },
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
}
