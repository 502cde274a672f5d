// Restores a backup over the open project: checked first, a safety copy kept, and all-or-nothing.
import BetterSqlite from 'better-sqlite3';
import fs from 'node:fs';
import { ApiError } from '../../../shared/api/api-error';
import type { ProjectSession } from '../project/project-session';
import { APPLICATION_ID } from '../db/open-database';
import { LATEST_SCHEMA_VERSION } from '../db/run-migrations';
import { listBackups, type BackupFile } from './backup-files';
import { makeBackup } from './make-backup';

/** What restore needs from the app: the open project, and closing and opening a project. */
export interface RestoreHost {
  project(): ProjectSession;
  close(): void;
  openProject(path: string): ProjectSession;
}

export interface RestoreResult {
  session: ProjectSession;
  safetyCopy: BackupFile;
}

function fail(code: string, message: string, params: Record<string, string>): never {
  throw new ApiError(code, message, params);
}

/** Opens the backup read-only and checks it is a sound Remisskod project this version can open. */
export function checkBackup(file: string, fileName: string): void {
  let db: BetterSqlite.Database | null = null;
  try {
    db = new BetterSqlite(file, { readonly: true, fileMustExist: true });
    const ok = db.pragma('integrity_check', { simple: true }) === 'ok';
    const appId = db.pragma('application_id', { simple: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (!ok || appId !== APPLICATION_ID || version > LATEST_SCHEMA_VERSION) throw new Error('check');
  } catch {
    fail('backup_damaged', `The backup ${fileName} is damaged and was not restored.`, { fileName });
  } finally {
    db?.close();
  }
}

function replaceFile(target: string, source: string): void {
  const temp = `${target}.restoring`;
  try {
    fs.copyFileSync(source, temp);
    const fd = fs.openSync(temp, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    // A WAL left beside the old file would be replayed into the restored one.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

export async function restoreBackup(host: RestoreHost, fileName: string): Promise<RestoreResult> {
  const current = host.project();
  const projectPath = current.path;
  const backup = listBackups(projectPath).find((b) => b.fileName === fileName);
  if (!backup) fail('backup_not_found', `There is no backup called ${fileName}.`, { fileName });
  checkBackup(backup.path, fileName);

  const safetyCopy = await makeBackup(projectPath, current.db, 'before-restore');
  host.close();
  let replaced = false;
  try {
    replaceFile(projectPath, backup.path);
    replaced = true;
    return { session: host.openProject(projectPath), safetyCopy };
  } catch (error) {
    // Put the project back as it was: the safety copy holds exactly the state before restore.
    try {
      if (replaced) replaceFile(projectPath, safetyCopy.path);
    } finally {
      host.openProject(projectPath);
    }
    if (error instanceof ApiError) throw error;
    fail(
      'backup_restore_failed',
      `The backup ${fileName} could not be restored: ${(error as Error).message}`,
      {
        fileName,
      },
    );
  }
}
