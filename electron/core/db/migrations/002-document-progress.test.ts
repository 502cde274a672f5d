import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../run-migrations';
import { MIGRATIONS } from './index';

describe('migration 2 (per-coder document progress)', () => {
  it('keeps the documents of a version-1 project and lets each coder mark them done', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      `INSERT INTO documents (id, file_name, respondent, source_format, text, raw_text, blocks, content_hash, imported_at)
       VALUES ('d1', 'a.txt', 'A kommun', 'txt', 'text', 'text', '[]', 'h1', 'now')`,
    ).run();
    db.prepare("INSERT INTO coders (id, name, created_at) VALUES ('c1', 'Anna', 'now')").run();
    runMigrations(db, MIGRATIONS.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.prepare(
      "INSERT INTO document_progress (document_id, coder_id, done_at) VALUES ('d1', 'c1', 'now')",
    ).run();
    expect(db.prepare('SELECT respondent FROM documents').get()).toEqual({ respondent: 'A kommun' });
    db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM document_progress').get()).toEqual({ n: 0 });
  });
});
