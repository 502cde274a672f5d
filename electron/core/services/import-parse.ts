// One file's parse step of an import: bytes → cleaned document, or a refusal outcome (never throws).
import type { ImportedDocument } from '../../../shared/domain/types';
import type { ImportErrorCode } from '../../../shared/text/refusal-messages';
import { importFileBytes, ImportError } from '../../importers/import-file';

export interface FileToImport {
  name: string;
  /** The file's bytes, or a function that reads them when their turn comes. */
  bytes: Uint8Array | (() => Uint8Array);
}

export type ImportOutcome =
  | { fileName: string; status: 'imported'; documentId: string; respondent: string }
  | { fileName: string; status: 'duplicate'; existingId: string; respondent: string }
  | { fileName: string; status: 'refused'; code: ImportErrorCode; message: string };

/** Turns one file's bytes into a cleaned document: a worker pool in the app, importFileBytes in tests. */
export type Importer = (fileName: string, bytes: Uint8Array) => Promise<ImportedDocument>;

export type ParseResult = { ok: true; doc: ImportedDocument } | { ok: false; outcome: ImportOutcome };

/** Parses one file; a refusal (or any parser failure) becomes a 'refused' outcome. */
export async function parseFile(
  file: FileToImport,
  importer: Importer = importFileBytes,
): Promise<ParseResult> {
  try {
    const bytes = typeof file.bytes === 'function' ? file.bytes() : file.bytes;
    return { ok: true, doc: await importer(file.name, bytes) };
  } catch (error) {
    const code = error instanceof ImportError ? error.code : 'corrupt_file';
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, outcome: { fileName: file.name, status: 'refused', code, message } };
  }
}
