// Extracts raw lines from a file's bytes in the current thread, enforcing the size limit.
import type { Extraction } from './extraction';
import { bytesMatchFormat, formatFromName } from './detect-format';
import { extractDocx } from './extract-docx';
import { extractOdt } from './extract-odt';
import { extractPdf } from './extract-pdf';
import { extractRtf } from './extract-rtf';
import { extractTxt } from './extract-txt';
import { ImportError } from './import-error';
import { resolveLimits, type ImportOptions } from './import-options';

/** Refuses oversize, empty and mislabelled files, then runs the extractor of the file's format. */
export async function extractInProcess(
  fileName: string,
  bytes: Uint8Array,
  options?: ImportOptions,
): Promise<Extraction> {
  const limits = resolveLimits(options);
  if (bytes.byteLength > limits.maxBytes) throw new ImportError('file_too_large', fileName);
  const format = formatFromName(fileName);
  if (format === null) throw new ImportError('unsupported_format', fileName);
  if (bytes.byteLength === 0) throw new ImportError('empty_file', fileName);
  if (!bytesMatchFormat(format, bytes))
    throw new ImportError('corrupt_file', fileName, `not a ${format.toUpperCase()} file`);
  switch (format) {
    case 'txt':
      return extractTxt(fileName, bytes);
    case 'pdf':
      return extractPdf(fileName, bytes, limits);
    case 'docx':
      return extractDocx(fileName, bytes, limits);
    case 'odt':
      return extractOdt(fileName, bytes, limits);
    case 'rtf':
      return extractRtf(fileName, bytes);
  }
}
