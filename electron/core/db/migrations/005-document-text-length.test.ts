// Tests for migration 5 (stored text length).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../run-migrations';
import { MIGRATIONS } from './index';

const insert = (db: Database.Database, id: string, text: string) =>
  db
    .prepare(
      `INSERT INTO documents (id, file_name, respondent, source_format, text, raw_text, blocks, content_hash, imported_at)
       VALUES (?, 'a.txt', 'A kommun', 'txt', ?, ?, '[]', ?, 'now')`,
    )
    .run(id, text, text, `h-${id}`);

describe('migration 5 (stored text length)', () => {
  it('fills the length of existing documents and keeps it when a text changes', () => {
    const db = new Database(':memory:');
    runMigrations(db, MIGRATIONS.slice(0, 4));
    insert(db, 'd1', 'Åtta tecken');
    runMigrations(db, MIGRATIONS.slice(0, 5));
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare("SELECT text_length FROM documents WHERE id = 'd1'").get()).toEqual({
      text_length: 11,
    });
    db.prepare("UPDATE documents SET text = 'Kort' WHERE id = 'd1'").run();
    expect(db.prepare("SELECT text_length FROM documents WHERE id = 'd1'").get()).toEqual({ text_length: 4 });
  });
});
