// Opens (or creates) a project's SQLite file with the right pragmas, checked and migrated.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { ApiError } from '../../../shared/api/api-error';
import { refuseNewerSchema, runMigrations } from './run-migrations';

/** PRAGMA application_id of a Remisskod project: "RKOD". */
export const APPLICATION_ID = 0x524b4f44;

export interface OpenOptions {
  /** Create the file when it does not exist (default false). */
  create?: boolean;
  readonly?: boolean;
}

function fail(code: string, message: string, path: string): never {
  throw new ApiError(code, message, { path });
}

export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const exists = fs.existsSync(path);
  if (!exists && !options.create) fail('project_not_found', `No project file at ${path}.`, path);
  if (exists && fs.statSync(path).isDirectory())
    fail('project_not_file', `${path} is a folder, not a project file.`, path);

  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: !options.create });
  } catch (error) {
    fail('project_unreadable', `Could not open ${path}: ${(error as Error).message}`, path);
  }
  try {
    checkIsProject(db, path);
    refuseNewerSchema(db, path); // before anything below writes to the file
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
        db.pragma(`application_id = ${APPLICATION_ID}`);
      }
      runMigrations(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Refuses corrupt files and SQLite files that belong to another program. */
function checkIsProject(db: Database.Database, path: string): void {
  let appId: number;
  let tableCount: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
    tableCount = (
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }
    ).n;
    // Reads every page once (≈0.5 s for 200 MB): a truncated or damaged file is refused before use.
    if (db.pragma('quick_check(1)', { simple: true }) !== 'ok') throw new Error('quick_check');
  } catch {
    fail(
      'project_corrupt',
      `${path} is not a Remisskod project (the file is damaged or not a database).`,
      path,
    );
  }
  if (appId !== APPLICATION_ID && (appId !== 0 || tableCount > 0)) {
    fail('project_foreign', `${path} is a database of another program, not a Remisskod project.`, path);
  }
}
