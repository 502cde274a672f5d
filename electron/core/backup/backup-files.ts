// Where a project's backups live (a `<project>.backups/` folder beside it), how they are named and listed.
import fs from 'node:fs';
import path from 'node:path';

export const BACKUP_REASONS = ['start', 'timer', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupFile {
  fileName: string;
  path: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.remisskod$/;

/** The backups folder of a project: `mitt-projekt.remisskod` → `mitt-projekt.remisskod.backups/`. */
export function backupDirFor(projectPath: string): string {
  return `${projectPath}.backups`;
}

export function backupFileName(when: Date, reason: BackupReason): string {
  return `${when.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.remisskod`;
}

/** Reads a backup's date and reason from its name; null for anything that is not a finished backup. */
export function parseBackupFileName(fileName: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(fileName);
  if (!match) return null;
  const reason = match[6] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  return { createdAt: `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`, reason };
}

/** The finished backups of a project, newest first. */
export function listBackups(projectPath: string): BackupFile[] {
  const dir = backupDirFor(projectPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    const file = path.join(dir, fileName);
    files.push({ fileName, path: file, sizeBytes: fs.statSync(file).size, ...parsed });
  }
  return files.sort((a, b) => b.fileName.localeCompare(a.fileName));
}
