// Splits the chosen files into import requests under the request size limit; files over the per-file limit are refused by name.
import {
  IMPORT_MAX_FILE_BYTES,
  IMPORT_MAX_REQUEST_BYTES,
  IMPORT_MAX_REQUEST_FILES,
} from '../../../../shared/api/import-limits';

export interface SizedFile {
  name: string;
  size: number;
}

export interface BatchPlan<F extends SizedFile> {
  /** Files too large to send; refused as 'file_too_large' without being read. */
  tooLarge: F[];
  /** Files to send, in order, grouped into requests. */
  batches: F[][];
}

export function planBatches<F extends SizedFile>(
  files: readonly F[],
  limits = {
    fileBytes: IMPORT_MAX_FILE_BYTES,
    requestBytes: IMPORT_MAX_REQUEST_BYTES,
    requestFiles: IMPORT_MAX_REQUEST_FILES,
  },
): BatchPlan<F> {
  const tooLarge: F[] = [];
  const batches: F[][] = [];
  let current: F[] = [];
  let bytes = 0;
  for (const file of files) {
    if (file.size > limits.fileBytes) {
      tooLarge.push(file);
      continue;
    }
    if (
      current.length &&
      (bytes + file.size > limits.requestBytes || current.length >= limits.requestFiles)
    ) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length) batches.push(current);
  return { tooLarge, batches };
}
