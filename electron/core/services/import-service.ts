// Imports files into a project through the one import pipeline; each file is all-or-nothing.
import type { ImportedDocument } from '../../../shared/domain/types';
import type { ProjectSession } from '../project/project-session';
import { importFileBytes } from '../../importers/import-file';
import { findDocumentByHash, insertDocument } from '../db/tables/documents';
import {
  parseFile,
  type FileToImport,
  type ImportOutcome,
  type Importer,
  type ParseResult,
} from './import-parse';
import { prefetchParses } from './import-prefetch';

export type { FileToImport, ImportOutcome, Importer, ParseResult } from './import-parse';

export interface ImportManyOptions {
  importer?: Importer;
  /** How many files may be parsed at the same time (one per worker pool; default 1). */
  parallel?: number;
  onProgress?: (done: number, total: number, current: string) => void;
}

/** Stores a parsed document in one transaction, unless a document with the same content is there already. */
export function storeDocument(
  session: ProjectSession,
  fileName: string,
  doc: ImportedDocument,
): ImportOutcome {
  return session.transaction((): ImportOutcome => {
    const existing = findDocumentByHash(session.db, doc.contentHash);
    if (existing) {
      return { fileName, status: 'duplicate', existingId: existing.id, respondent: existing.respondent };
    }
    const documentId = insertDocument(session.db, doc);
    return { fileName, status: 'imported', documentId, respondent: doc.respondent };
  });
}

/** Stores a parse result: the document, or the refusal (which writes nothing). */
export function storeParsed(session: ProjectSession, fileName: string, parsed: ParseResult): ImportOutcome {
  return parsed.ok ? storeDocument(session, fileName, parsed.doc) : parsed.outcome;
}

export async function importOne(
  session: ProjectSession,
  file: FileToImport,
  importer: Importer = importFileBytes,
): Promise<ImportOutcome> {
  return storeParsed(session, file.name, await parseFile(file, importer));
}

/** Imports files in order; up to `parallel` files are parsed ahead while earlier ones are stored. */
export async function importMany(
  session: ProjectSession,
  files: FileToImport[],
  options: ImportManyOptions = {},
): Promise<ImportOutcome[]> {
  const next = prefetchParses(files, options.importer ?? importFileBytes, options.parallel ?? 1);
  const outcomes: ImportOutcome[] = [];
  for (const [i, file] of files.entries()) {
    options.onProgress?.(i, files.length, file.name);
    outcomes.push(storeParsed(session, file.name, await next(i)));
  }
  options.onProgress?.(files.length, files.length, '');
  return outcomes;
}
