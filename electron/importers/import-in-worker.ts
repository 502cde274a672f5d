// Runs imports in a worker thread with a time limit; a file that makes the parser loop is refused as 'timeout'.
import { Worker } from 'node:worker_threads';
import type { ImportedDocument } from '../../shared/domain/types';
import { IMPORT_ERROR_CODES, type ImportErrorCode } from '../../shared/text/refusal-messages';
import { ImportError } from './import-error';
import { resolveLimits, type ImportOptions } from './import-options';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export interface WorkerImportOptions extends ImportOptions {
  /**
   * Path of the worker entry: the bundled dist/import-worker.cjs in the app, or
   * electron/importers/import-worker.ts when running from TypeScript (tests, bench).
   */
  workerScript: string;
}

/** Heap of the worker; a file that needs more is refused instead of taking the app down. */
const WORKER_HEAP_MB = 1536;

/** A worker that imports files one after another; replaced by a fresh one after a timeout. */
export class ImportWorkerPool {
  private worker: Worker | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly workerScript: string) {}

  /** Imports one file in the worker; calls run one at a time. */
  import(fileName: string, bytes: Uint8Array, options?: ImportOptions): Promise<ImportedDocument> {
    const run = this.queue.then(() => this.run(fileName, bytes, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      const fromTypeScript = /\.[mc]?ts$/u.test(this.workerScript);
      // From TypeScript (tests, bench) the entry is loaded through tsx's require hook.
      const entry = fromTypeScript
        ? `require('tsx/cjs');require(${JSON.stringify(this.workerScript)});`
        : this.workerScript;
      this.worker = new Worker(entry, {
        eval: fromTypeScript,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      this.worker.unref();
    }
    return this.worker;
  }

  private run(fileName: string, bytes: Uint8Array, options?: ImportOptions): Promise<ImportedDocument> {
    const limits = resolveLimits(options);
    if (bytes.byteLength > limits.maxBytes)
      return Promise.reject(new ImportError('file_too_large', fileName));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<ImportedDocument>((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (error: Error): void => {
        cleanup();
        reject(error);
      };
      const timer = setTimeout(() => {
        this.worker = null;
        void worker.terminate();
        fail(new ImportError('timeout', fileName, `no result after ${limits.timeoutMs} ms`));
      }, limits.timeoutMs);
      const onMessage = (response: WorkerResponse): void => {
        if (response.id !== id) return;
        cleanup();
        if (response.ok) resolve(response.document);
        else {
          const error = new ImportError(toCode(response.error.code), fileName);
          error.message = response.error.message;
          reject(error);
        }
      };
      const onError = (error: Error & { code?: string }): void => {
        this.worker = null;
        const code = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'decompression_limit' : 'corrupt_file';
        fail(new ImportError(code, fileName, error.message));
      };
      const onExit = (): void => {
        this.worker = null;
        fail(new ImportError('corrupt_file', fileName, 'the import worker stopped'));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const request: WorkerRequest = { id, fileName, bytes, ...(options ? { options } : {}) };
      worker.postMessage(request);
    });
  }
}

function toCode(code: string): ImportErrorCode {
  return (IMPORT_ERROR_CODES as readonly string[]).includes(code)
    ? (code as ImportErrorCode)
    : 'corrupt_file';
}

/** Imports one file in a fresh worker thread (for a batch, keep one ImportWorkerPool instead). */
export async function importFileInWorker(
  fileName: string,
  bytes: Uint8Array,
  options: WorkerImportOptions,
): Promise<ImportedDocument> {
  const { workerScript, ...rest } = options;
  const pool = new ImportWorkerPool(workerScript);
  try {
    return await pool.import(fileName, bytes, rest);
  } finally {
    await pool.close();
  }
}
