// Applies pending migrations, each in its own transaction, and refuses newer schemas.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/api-error';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws 'project_too_new' for a schema this version does not know; reads only. */
export function refuseNewerSchema(
  db: Database,
  filePath?: string,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  const current = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (current > latest) {
    throw new ApiError(
      'project_too_new',
      `${filePath ?? 'The project'} was saved by a newer version of Remisskod (schema ${current}; this version knows ${latest}).`,
      { found: current, known: latest, ...(filePath ? { path: filePath } : {}) },
    );
  }
}

export function runMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  refuseNewerSchema(db, undefined, migrations);
  const current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}

export { LATEST_SCHEMA_VERSION };
