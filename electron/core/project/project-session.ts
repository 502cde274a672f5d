// One open project: its SQLite handle and path, and the project info read from it.
import type { Database } from 'better-sqlite3';
import path from 'node:path';
import type { ProjectInfo } from '../../../shared/domain/types';
import { openDatabase, type OpenOptions } from '../db/open-database';
import { schemaVersion } from '../db/run-migrations';
import { getMeta } from '../db/tables/meta';
import { acquireProjectLock, releaseProjectLock } from './project-lock';

export class ProjectSession {
  readonly path: string;
  readonly db: Database;

  private locked: boolean;

  private constructor(filePath: string, db: Database, locked: boolean) {
    this.path = filePath;
    this.db = db;
    this.locked = locked;
  }

  /** Opens the project; refuses ('project_locked') one that another process has open for writing. */
  static open(filePath: string, options: OpenOptions = {}): ProjectSession {
    const absolute = path.resolve(filePath);
    if (options.readonly) return new ProjectSession(absolute, openDatabase(absolute, options), false);
    acquireProjectLock(absolute);
    try {
      return new ProjectSession(absolute, openDatabase(absolute, options), true);
    } catch (error) {
      releaseProjectLock(absolute);
      throw error;
    }
  }

  info(): ProjectInfo {
    return {
      path: this.path,
      name: getMeta(this.db, 'name') ?? path.basename(this.path, path.extname(this.path)),
      reportTitle: getMeta(this.db, 'reportTitle') ?? '',
      schemaVersion: schemaVersion(this.db),
    };
  }

  /** Runs fn in one transaction: everything or nothing is written. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    if (this.db.open) this.db.close();
    if (this.locked) releaseProjectLock(this.path);
    this.locked = false;
  }
}
