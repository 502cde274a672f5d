// Copies an open project into its backups folder with SQLite's online backup API, then rotates old copies.
import type { Database } from 'better-sqlite3';
import BetterSqlite from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import {
  backupDirFor,
  backupFileName,
  listBackups,
  type BackupFile,
  type BackupReason,
} from './backup-files';

/** Automatic backups (at start, on the timer) kept per project; manual and safety copies are kept. */
export const DEFAULT_KEEP = 10;

const ROTATED: readonly BackupReason[] = ['start', 'timer'];

export async function makeBackup(
  projectPath: string,
  db: Database,
  reason: BackupReason,
  keep = DEFAULT_KEEP,
): Promise<BackupFile> {
  const dir = backupDirFor(projectPath);
  fs.mkdirSync(dir, { recursive: true });
  let when = new Date();
  while (fs.existsSync(path.join(dir, backupFileName(when, reason)))) when = new Date(when.getTime() + 1);
  const fileName = backupFileName(when, reason);
  const partial = path.join(dir, `${fileName}.partial`);
  try {
    await db.backup(partial);
    // A self-contained single file: no -wal beside it, readable and copyable on its own.
    const copy = new BetterSqlite(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    fs.renameSync(partial, path.join(dir, fileName));
  } finally {
    fs.rmSync(partial, { force: true });
  }
  pruneBackups(projectPath, keep);
  return listBackups(projectPath).find((b) => b.fileName === fileName)!;
}

/** Deletes all but the newest `keep` automatic backups, and leftovers of backups that were cut off. */
export function pruneBackups(projectPath: string, keep: number): void {
  const dir = backupDirFor(projectPath);
  const automatic = listBackups(projectPath).filter((b) => ROTATED.includes(b.reason));
  for (const old of automatic.slice(keep)) fs.rmSync(old.path, { force: true });
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.partial')) continue;
    const file = path.join(dir, name);
    // A partial older than a minute belongs to a backup a crash cut off.
    if (Date.now() - fs.statSync(file).mtimeMs > 60_000) fs.rmSync(file, { force: true });
  }
}
