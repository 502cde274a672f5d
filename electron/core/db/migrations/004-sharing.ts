// Migration 4: orphans (imported passages that could not be placed) and settled coder disagreements.
import type { Database } from 'better-sqlite3';

export function migration004Sharing(db: Database): void {
  db.exec(`
    CREATE TABLE orphans (
      id            TEXT PRIMARY KEY,
      source_file   TEXT NOT NULL,
      coder_id      TEXT NOT NULL,
      coder_name    TEXT NOT NULL,
      document_id   TEXT REFERENCES documents(id) ON DELETE SET NULL,
      respondent    TEXT NOT NULL,
      file_name     TEXT NOT NULL,
      exact         TEXT NOT NULL,
      prefix        TEXT NOT NULL DEFAULT '',
      suffix        TEXT NOT NULL DEFAULT '',
      start_offset  INTEGER NOT NULL,
      end_offset    INTEGER NOT NULL,
      tags          TEXT NOT NULL,
      comment       TEXT NOT NULL DEFAULT '',
      reason        TEXT NOT NULL,
      imported_at   TEXT NOT NULL
    ) STRICT;

    CREATE TABLE reconciliations (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      code_id     TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
      stance_id   TEXT REFERENCES stances(id) ON DELETE SET NULL,
      settled_by  TEXT NOT NULL,
      settled_at  TEXT NOT NULL,
      PRIMARY KEY (document_id, code_id)
    ) STRICT, WITHOUT ROWID;
  `);
}
