import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test-support/temp-dir';
import { openDatabase } from '../open-database';
import { runMigrations, schemaVersion } from '../run-migrations';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './index';

const tempDir = useTempDir();

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table') ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('bring an empty file to the latest schema with every table', () => {
    const db = new Database(path.join(tempDir(), 'p.remisskod'));
    expect(runMigrations(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'annotations',
        'annotation_tags',
        'codes',
        'coders',
        'documents',
        'meta',
        'stances',
        'document_fts',
      ]),
    );
    db.close();
  });

  it('migration 1 creates the schema inside one transaction and bumps user_version to 1', () => {
    const db = new Database(':memory:');
    runMigrations(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    db.prepare("INSERT INTO coders (id, name, created_at) VALUES ('c', 'Anna', 'now')").run();
    expect(db.prepare('SELECT name FROM coders').get()).toEqual({ name: 'Anna' });
    db.close();
  });

  it('are not applied twice', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    expect(() => runMigrations(db)).not.toThrow();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuse a project from a newer version of the app and change nothing', () => {
    const file = path.join(tempDir(), 'new.remisskod');
    const db = openDatabase(file, { create: true });
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer version/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    check.close();
  });

  it('open the database with WAL and foreign keys on', () => {
    const db = openDatabase(path.join(tempDir(), 'wal.remisskod'), { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuse a SQLite file that belongs to another program', () => {
    const file = path.join(tempDir(), 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(() => openDatabase(file)).toThrow(/another program/);
  });
});
