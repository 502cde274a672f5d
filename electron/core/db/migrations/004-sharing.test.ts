import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../run-migrations';
import { MIGRATIONS } from './index';

describe('migration 4 (orphans and reconciliations)', () => {
  it('keeps a version-3 project’s data, and orphans outlive their document while settlements do not', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      `INSERT INTO documents (id, file_name, respondent, source_format, text, raw_text, blocks, content_hash, imported_at)
       VALUES ('d1', 'a.txt', 'A kommun', 'txt', 'text', 'text', '[]', 'h1', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO codes (id, title, kind, colour, sort_order, created_at, updated_at)
       VALUES ('p1', 'Förslag', 'forslag', '#000000', 1, 'now', 'now')`,
    ).run();
    runMigrations(db, MIGRATIONS.slice(0, 4));
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.prepare(
      `INSERT INTO orphans (id, source_file, coder_id, coder_name, document_id, respondent, file_name, exact,
         start_offset, end_offset, tags, reason, imported_at)
       VALUES ('o1', 'anna.json', 'c1', 'Anna', 'd1', 'A kommun', 'a.txt', 'text', 0, 4, '[]', 'not-found', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO reconciliations (document_id, code_id, stance_id, settled_by, settled_at)
       VALUES ('d1', 'p1', NULL, 'Anna', 'now')`,
    ).run();
    db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(db.prepare('SELECT document_id, exact FROM orphans').get()).toEqual({
      document_id: null,
      exact: 'text',
    });
    expect(db.prepare('SELECT count(*) AS n FROM reconciliations').get()).toEqual({ n: 0 });
  });
});
