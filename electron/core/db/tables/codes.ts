// The codes table: codebook entries (proposals, assessments, chapters, general codes).
import type { Database } from 'better-sqlite3';
import type { CodebookEntry, CodeKind } from '../../../../shared/domain/types';

interface CodeRow {
  id: string;
  parent_id: string | null;
  section: string;
  title: string;
  kind: string;
  description: string;
  colour: string;
  sort_order: number;
}

const rowToCode = (r: CodeRow): CodebookEntry => ({
  id: r.id,
  parentId: r.parent_id,
  section: r.section,
  title: r.title,
  kind: r.kind as CodeKind,
  description: r.description,
  colour: r.colour,
  sortOrder: r.sort_order,
});

export function listCodes(db: Database): CodebookEntry[] {
  return (db.prepare('SELECT * FROM codes ORDER BY sort_order, rowid').all() as CodeRow[]).map(rowToCode);
}

export function getCode(db: Database, id: string): CodebookEntry | null {
  const row = db.prepare('SELECT * FROM codes WHERE id = ?').get(id) as CodeRow | undefined;
  return row ? rowToCode(row) : null;
}

export function insertCode(db: Database, code: CodebookEntry): void {
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO codes (id, parent_id, section, title, kind, description, colour, sort_order, created_at, updated_at)
     VALUES (@id, @parentId, @section, @title, @kind, @description, @colour, @sortOrder, @now, @now)`,
  ).run({ ...code, now });
}

export function updateCode(db: Database, code: CodebookEntry): void {
  db.prepare(
    `UPDATE codes SET parent_id = @parentId, section = @section, title = @title, kind = @kind,
       description = @description, colour = @colour, sort_order = @sortOrder, updated_at = @now WHERE id = @id`,
  ).run({ ...code, now: new Date().toISOString() });
}

export function deleteCode(db: Database, id: string): void {
  db.prepare('DELETE FROM codes WHERE id = ?').run(id);
}
