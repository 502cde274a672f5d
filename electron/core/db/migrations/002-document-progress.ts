// Migration 2: per-coder progress ("färdigkodad") on documents.
import type { Database } from 'better-sqlite3';

export function migration002DocumentProgress(db: Database): void {
  db.exec(`
    CREATE TABLE document_progress (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      coder_id    TEXT NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
      done_at     TEXT NOT NULL,
      PRIMARY KEY (document_id, coder_id)
    ) STRICT, WITHOUT ROWID;
  `);
}
