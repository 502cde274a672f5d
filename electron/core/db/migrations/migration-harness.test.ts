// Migrates a project from every earlier schema version, with data in it, to the latest and checks nothing is lost.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test-support/temp-dir';
import { openDatabase } from '../open-database';
import { runMigrations, schemaVersion } from '../run-migrations';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './index';
import { MIGRATION_SEEDS } from './migration-seeds';

const tempDir = useTempDir();

type Snapshot = Map<string, string[]>;

/** Ordinary and virtual tables, without SQLite's and FTS5's internal shadow tables. */
function userTables(db: Database.Database): string[] {
  const rows = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows.map((r) => r.name).filter((name) => !virtual.some((v) => name.startsWith(`${v}_`)));
}

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map(
    (c) => c.name,
  );
}

/** Every row of every table, as JSON of the given columns (sorted, so row order does not matter). */
function rowsOf(db: Database.Database, table: string, cols: string[]): string[] {
  const list = cols.map((c) => `"${c}"`).join(', ');
  return (db.prepare(`SELECT ${list} FROM "${table}"`).raw().all() as unknown[][])
    .map((r) => JSON.stringify(r))
    .sort();
}

function snapshot(db: Database.Database): Snapshot {
  return new Map(userTables(db).map((t) => [t, rowsOf(db, t, columns(db, t))]));
}

/** A project file at schema version v, filled by every seed that applies to v. */
function projectAtVersion(version: number): string {
  const file = path.join(tempDir(), `v${version}.remisskod`);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${0x524b4f44}`);
  runMigrations(db, MIGRATIONS.slice(0, version));
  for (const seed of MIGRATION_SEEDS) if (seed.since <= version) seed.seed(db);
  expect(schemaVersion(db)).toBe(version);
  db.close();
  return file;
}

describe('migration from every earlier version', () => {
  for (const { version } of MIGRATIONS) {
    it(`a project at schema ${version} with data opens at schema ${LATEST_SCHEMA_VERSION} with all its data`, () => {
      const file = projectAtVersion(version);
      const old = new Database(file, { readonly: true });
      const before = snapshot(old);
      const oldColumns = new Map([...before.keys()].map((t) => [t, columns(old, t)]));
      old.close();

      const db = openDatabase(file); // the app's own path: checks, WAL, migrations
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      for (const [table, rows] of before) {
        expect(userTables(db), `table ${table} disappeared`).toContain(table);
        const kept = oldColumns.get(table)!.filter((c) => columns(db, table).includes(c));
        expect(kept, `columns of ${table} disappeared`).toEqual(oldColumns.get(table));
        expect(rowsOf(db, table, kept), `rows of ${table}`).toEqual(rows);
      }
      db.close();
    });
  }

  it('the seeds put data in every table of the latest schema (add a seed with each new table)', () => {
    const file = projectAtVersion(LATEST_SCHEMA_VERSION);
    const db = new Database(file, { readonly: true });
    const empty = [...snapshot(db)].filter(([, rows]) => rows.length === 0).map(([t]) => t);
    expect(empty, 'tables no seed in migration-seeds.ts fills').toEqual([]);
    db.close();
  });

  it('every seed belongs to a known schema version', () => {
    for (const seed of MIGRATION_SEEDS) expect(seed.since).toBeLessThanOrEqual(LATEST_SCHEMA_VERSION);
  });
});
