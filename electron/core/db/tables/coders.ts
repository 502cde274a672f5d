// The coders table: the people who tag; every annotation records its coder.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Coder } from '../../../../shared/domain/types';

interface CoderRow {
  id: string;
  name: string;
}

const rowToCoder = (row: CoderRow): Coder => ({ id: row.id, name: row.name });

export function listCoders(db: Database): Coder[] {
  return (db.prepare('SELECT id, name FROM coders ORDER BY name COLLATE NOCASE').all() as CoderRow[]).map(
    rowToCoder,
  );
}

export function getCoder(db: Database, id: string): Coder | null {
  const row = db.prepare('SELECT id, name FROM coders WHERE id = ?').get(id) as CoderRow | undefined;
  return row ? rowToCoder(row) : null;
}

export function findCoderByName(db: Database, name: string): Coder | null {
  const row = db.prepare('SELECT id, name FROM coders WHERE name = ?').get(name) as CoderRow | undefined;
  return row ? rowToCoder(row) : null;
}

/** Returns the coder with this name, creating it (optionally with a given id) when missing. */
export function ensureCoder(db: Database, name: string, id?: string): Coder {
  const existing = findCoderByName(db, name);
  if (existing) return existing;
  const coder = { id: id ?? randomUUID(), name };
  db.prepare('INSERT INTO coders (id, name, created_at) VALUES (?, ?, ?)').run(
    coder.id,
    coder.name,
    new Date().toISOString(),
  );
  return coder;
}
