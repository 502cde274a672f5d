// The import pipeline's entry point: one file's bytes in, one cleaned ImportedDocument out (or an ImportError).
import type { ImportedDocument } from '../../shared/domain/types';
import { buildDocument } from './build-document';
import { extractInProcess } from './extract-in-process';
import type { ImportOptions } from './import-options';

export { ImportError, isImportError, type ImportErrorCode } from './import-error';
export type { ImportOptions, ImportLimits } from './import-options';
export { DEFAULT_LIMITS } from './import-options';
export { extractInProcess } from './extract-in-process';

/** Imports one file in the current thread (use importFileInWorker for untrusted batches in the app). */
export async function importFileBytes(
  fileName: string,
  bytes: Uint8Array,
  options?: ImportOptions,
): Promise<ImportedDocument> {
  const extraction = await extractInProcess(fileName, bytes, options);
  return buildDocument(fileName, extraction);
}
