// Tests for migration 3 (rejected suggestions).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../run-migrations';
import { MIGRATIONS } from './index';

describe('migration 3 (rejected suggestions)', () => {
  it('keeps a version-2 project and remembers rejections until their document is deleted', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, MIGRATIONS.slice(0, 2));
    db.prepare(
      `INSERT INTO documents (id, file_name, respondent, source_format, text, raw_text, blocks, content_hash, imported_at)
       VALUES ('d1', 'a.txt', 'A kommun', 'txt', 'text', 'text', '[]', 'h1', 'now')`,
    ).run();
    runMigrations(db, MIGRATIONS.slice(0, 3));
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.prepare(
      `INSERT INTO suggestion_rejections (suggestion_key, document_id, code_id, coder_id, rejected_at)
       VALUES ('d1:0:4:p1', 'd1', 'p1', NULL, 'now')`,
    ).run();
    expect(db.prepare('SELECT respondent FROM documents').get()).toEqual({ respondent: 'A kommun' });
    db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM suggestion_rejections').get()).toEqual({ n: 0 });
  });
});
