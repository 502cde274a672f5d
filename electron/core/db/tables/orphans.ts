// The orphans table: imported passages that could not be placed, kept visible until dismissed.
import type { Database } from 'better-sqlite3';

/** A tag of an orphan, with the labels it had in the file (its code may not exist here). */
export interface OrphanTag {
  codeId: string;
  stanceId: string | null;
  code: string;
  stance: string | null;
}

export interface Orphan {
  /** The annotation's id in the file. */
  id: string;
  sourceFile: string;
  coderId: string;
  coderName: string;
  documentId: string | null;
  respondent: string;
  fileName: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  tags: OrphanTag[];
  comment: string;
  reason: string;
  importedAt: string;
}

interface OrphanRow {
  id: string;
  source_file: string;
  coder_id: string;
  coder_name: string;
  document_id: string | null;
  respondent: string;
  file_name: string;
  exact: string;
  prefix: string;
  suffix: string;
  start_offset: number;
  end_offset: number;
  tags: string;
  comment: string;
  reason: string;
  imported_at: string;
}

const rowToOrphan = (r: OrphanRow): Orphan => ({
  id: r.id,
  sourceFile: r.source_file,
  coderId: r.coder_id,
  coderName: r.coder_name,
  documentId: r.document_id,
  respondent: r.respondent,
  fileName: r.file_name,
  exact: r.exact,
  prefix: r.prefix,
  suffix: r.suffix,
  start: r.start_offset,
  end: r.end_offset,
  tags: JSON.parse(r.tags) as OrphanTag[],
  comment: r.comment,
  reason: r.reason,
  importedAt: r.imported_at,
});

export function listOrphans(db: Database): Orphan[] {
  return (
    db.prepare('SELECT * FROM orphans ORDER BY respondent COLLATE NOCASE, start_offset').all() as OrphanRow[]
  ).map(rowToOrphan);
}

/** Stores an orphan; one already stored (same annotation id) is kept as it is. Returns true when new. */
export function insertOrphan(db: Database, o: Orphan): boolean {
  return (
    db
      .prepare(
        `INSERT INTO orphans (id, source_file, coder_id, coder_name, document_id, respondent, file_name, exact, prefix,
           suffix, start_offset, end_offset, tags, comment, reason, imported_at)
         VALUES (@id, @sourceFile, @coderId, @coderName, @documentId, @respondent, @fileName, @exact, @prefix,
           @suffix, @start, @end, @tags, @comment, @reason, @importedAt)
         ON CONFLICT(id) DO NOTHING`,
      )
      .run({ ...o, tags: JSON.stringify(o.tags) }).changes > 0
  );
}

export function deleteOrphan(db: Database, id: string): boolean {
  return db.prepare('DELETE FROM orphans WHERE id = ?').run(id).changes > 0;
}
