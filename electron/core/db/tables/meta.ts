// The meta table: project-wide key/value settings (name, report title, current coder).
import type { Database } from 'better-sqlite3';

export type MetaKey = 'name' | 'reportTitle' | 'currentCoderId' | 'createdAt' | 'projectId';

export function getMeta(db: Database, key: MetaKey): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? row.value : null;
}

export function setMeta(db: Database, key: MetaKey, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
