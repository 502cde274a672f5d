// The documents table: imported remissvar with their cleaned text, blocks and metadata.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type {
  Block,
  DocumentFull,
  DocumentMeta,
  DocumentStatus,
  DocumentSummary,
  ImportedDocument,
  RespondentType,
  SourceFormat,
} from '../../../../shared/domain/types';

interface DocumentRow {
  id: string;
  file_name: string;
  respondent: string;
  respondent_type: string;
  doc_date: string | null;
  diary_number: string | null;
  source_format: string;
  content_hash: string;
  imported_at: string;
  status: string;
  annotation_count: number;
  length: number;
}

interface DocumentFullRow extends DocumentRow {
  text: string;
  raw_text: string;
  blocks: string;
  memo: string;
}

const SUMMARY_COLUMNS = `d.id, d.file_name, d.respondent, d.respondent_type, d.doc_date, d.diary_number, d.source_format,
  d.content_hash, d.imported_at, coalesce(d.text_length, length(d.text)) AS length,
  CASE WHEN EXISTS (SELECT 1 FROM document_progress p WHERE p.document_id = d.id
    AND p.coder_id = (SELECT value FROM meta WHERE key = 'currentCoderId')) THEN 'done' ELSE 'open' END AS status,
  (SELECT count(*) FROM annotations a WHERE a.document_id = d.id) AS annotation_count`;

function rowToSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    fileName: r.file_name,
    respondent: r.respondent,
    respondentType: r.respondent_type as RespondentType,
    date: r.doc_date,
    diaryNumber: r.diary_number,
    sourceFormat: r.source_format as SourceFormat,
    contentHash: r.content_hash,
    importedAt: r.imported_at,
    status: r.status as DocumentStatus,
    annotationCount: r.annotation_count,
    length: r.length,
  };
}

function rowToFull(r: DocumentFullRow): DocumentFull {
  return {
    ...rowToSummary(r),
    text: r.text,
    rawText: r.raw_text,
    blocks: JSON.parse(r.blocks) as Block[],
    memo: r.memo,
  };
}

export function listDocuments(db: Database): DocumentSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY d.respondent COLLATE NOCASE, d.imported_at`)
    .all() as DocumentRow[];
  return rows.map(rowToSummary);
}

export function getDocumentSummary(db: Database, id: string): DocumentSummary | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id = ?`).get(id) as
    DocumentRow | undefined;
  return row ? rowToSummary(row) : null;
}

export function getDocument(db: Database, id: string): DocumentFull | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, d.text, d.raw_text, d.blocks, d.memo FROM documents d WHERE d.id = ?`,
    )
    .get(id) as DocumentFullRow | undefined;
  return row ? rowToFull(row) : null;
}

export function listDocumentsFull(db: Database): DocumentFull[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, d.text, d.raw_text, d.blocks, d.memo FROM documents d
       ORDER BY d.respondent COLLATE NOCASE, d.imported_at`,
    )
    .all() as DocumentFullRow[];
  return rows.map(rowToFull);
}

export function findDocumentByHash(db: Database, contentHash: string): DocumentSummary | null {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.content_hash = ?`)
    .get(contentHash) as DocumentRow | undefined;
  return row ? rowToSummary(row) : null;
}

/** Stores an imported document and indexes its blocks for full-text search. Returns its id. */
export function insertDocument(db: Database, doc: ImportedDocument, id: string = randomUUID()): string {
  db.prepare(
    `INSERT INTO documents (id, file_name, respondent, respondent_type, doc_date, diary_number, source_format,
       text, raw_text, blocks, content_hash, imported_at, text_length)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, length(?))`,
  ).run(
    id,
    doc.fileName,
    doc.respondent,
    doc.respondentType,
    doc.date,
    doc.diaryNumber,
    doc.sourceFormat,
    doc.text,
    doc.rawText,
    JSON.stringify(doc.blocks),
    doc.contentHash,
    new Date().toISOString(),
    doc.text,
  );
  const index = db.prepare(
    'INSERT INTO document_fts (document_id, block_index, start_offset, body) VALUES (?, ?, ?, ?)',
  );
  doc.blocks.forEach((block, i) => index.run(id, i, block.start, doc.text.slice(block.start, block.end)));
  return id;
}

export function updateDocumentMeta(db: Database, id: string, meta: Partial<DocumentMeta>): void {
  db.prepare(
    `UPDATE documents SET
       respondent = coalesce(@respondent, respondent),
       respondent_type = coalesce(@respondentType, respondent_type),
       doc_date = CASE WHEN @hasDate THEN @date ELSE doc_date END,
       diary_number = CASE WHEN @hasDiary THEN @diaryNumber ELSE diary_number END
     WHERE id = @id`,
  ).run({
    id,
    respondent: meta.respondent ?? null,
    respondentType: meta.respondentType ?? null,
    hasDate: meta.date !== undefined ? 1 : 0,
    date: meta.date ?? null,
    hasDiary: meta.diaryNumber !== undefined ? 1 : 0,
    diaryNumber: meta.diaryNumber ?? null,
  });
}

export function setDocumentMemo(db: Database, id: string, memo: string): void {
  db.prepare('UPDATE documents SET memo = ? WHERE id = ?').run(memo, id);
}

export function deleteDocument(db: Database, id: string): void {
  db.prepare('DELETE FROM document_fts WHERE document_id = ?').run(id);
  db.prepare('DELETE FROM documents WHERE id = ?').run(id);
}
