// Worker-thread entry: imports one file per message so a hostile file cannot hang the app's thread.
// Bundle it on its own (esbuild, cjs, platform node, packages external) as dist/import-worker.cjs.
import { parentPort } from 'node:worker_threads';
import { importFileBytes } from './import-file';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

parentPort?.on('message', (request: WorkerRequest) => {
  void handle(request).then((response) => parentPort?.postMessage(response));
});

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    const document = await importFileBytes(request.fileName, request.bytes, request.options);
    return { id: request.id, ok: true, document };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const name = (error as { name?: unknown }).name;
    return {
      id: request.id,
      ok: false,
      error: {
        code: name === 'ImportError' && typeof code === 'string' ? code : 'corrupt_file',
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }
}
