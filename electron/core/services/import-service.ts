// Imports files into a project through the one import pipeline; each file is all-or-nothing.
import type { ProjectSession } from '../project/project-session';
import { importFileBytes, ImportError } from '../../importers/import-file';
import { findDocumentByHash, insertDocument } from '../db/tables/documents';

export interface FileToImport {
  name: string;
  /** The file's bytes, or a function that reads them when their turn comes. */
  bytes: Uint8Array | (() => Uint8Array);
}

export type ImportOutcome =
  | { fileName: string; status: 'imported'; documentId: string; respondent: string }
  | { fileName: string; status: 'duplicate'; existingId: string; respondent: string }
  | { fileName: string; status: 'refused'; code: string; message: string };

export async function importOne(session: ProjectSession, file: FileToImport): Promise<ImportOutcome> {
  let doc;
  try {
    doc = await importFileBytes(file.name, typeof file.bytes === 'function' ? file.bytes() : file.bytes);
  } catch (error) {
    if (error instanceof ImportError) {
      return { fileName: file.name, status: 'refused', code: error.code, message: error.message };
    }
    return {
      fileName: file.name,
      status: 'refused',
      code: 'corrupt_file',
      message: (error as Error).message,
    };
  }
  return session.transaction((): ImportOutcome => {
    const existing = findDocumentByHash(session.db, doc.contentHash);
    if (existing) {
      return {
        fileName: file.name,
        status: 'duplicate',
        existingId: existing.id,
        respondent: existing.respondent,
      };
    }
    const documentId = insertDocument(session.db, doc);
    return { fileName: file.name, status: 'imported', documentId, respondent: doc.respondent };
  });
}

export async function importMany(
  session: ProjectSession,
  files: FileToImport[],
  onProgress?: (done: number, total: number, current: string) => void,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [i, file] of files.entries()) {
    onProgress?.(i, files.length, file.name);
    outcomes.push(await importOne(session, file));
  }
  onProgress?.(files.length, files.length, '');
  return outcomes;
}
