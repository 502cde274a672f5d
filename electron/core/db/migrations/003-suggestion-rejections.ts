// Migration 3: remembers rejected suggestions so they are not suggested again.
import type { Database } from 'better-sqlite3';

export function migration003SuggestionRejections(db: Database): void {
  db.exec(`
    CREATE TABLE suggestion_rejections (
      suggestion_key TEXT PRIMARY KEY,
      document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      code_id        TEXT NOT NULL,
      coder_id       TEXT REFERENCES coders(id) ON DELETE SET NULL,
      rejected_at    TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX suggestion_rejections_document ON suggestion_rejections(document_id);
  `);
}
