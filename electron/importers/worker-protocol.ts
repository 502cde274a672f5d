// Messages between the import worker thread and the code that drives it.
import type { ImportedDocument } from '../../shared/domain/types';
import type { ImportErrorCode } from './import-error';
import type { ImportOptions } from './import-options';

export interface WorkerRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  options?: ImportOptions;
}

export type WorkerResponse =
  | { id: number; ok: true; document: ImportedDocument }
  | { id: number; ok: false; error: { code: ImportErrorCode | string; message: string } };
