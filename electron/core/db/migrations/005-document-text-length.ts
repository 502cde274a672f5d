// Migration 5: a stored text length on documents, so the document list need not read every text.
import type { Database } from 'better-sqlite3';

export function migration005DocumentTextLength(db: Database): void {
  db.exec(`
    ALTER TABLE documents ADD COLUMN text_length INTEGER;
    UPDATE documents SET text_length = length(text);
    CREATE TRIGGER documents_text_length AFTER UPDATE OF text ON documents
    BEGIN
      UPDATE documents SET text_length = length(NEW.text) WHERE id = NEW.id;
    END;
  `);
}
