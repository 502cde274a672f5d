// Handlers for backups:* channels: list, back up now, restore (all-or-nothing, with a safety copy).
import { backupDirFor, listBackups, type BackupFile } from '../backup/backup-files';
import { makeBackup } from '../backup/make-backup';
import { restoreBackup } from '../backup/restore-backup';
import type { HandlerMap } from './handler-types';

type BackupChannel = 'backups:list' | 'backups:create' | 'backups:restore';

function publicBackup(file: BackupFile) {
  return {
    fileName: file.fileName,
    createdAt: file.createdAt,
    reason: file.reason,
    sizeBytes: file.sizeBytes,
  };
}

export const backupHandlers: HandlerMap<BackupChannel> = {
  'backups:list': (ctx) => {
    const projectPath = ctx.project().path;
    return { folder: backupDirFor(projectPath), backups: listBackups(projectPath).map(publicBackup) };
  },
  'backups:create': async (ctx) => {
    const session = ctx.project();
    return publicBackup(await makeBackup(session.path, session.db, 'manual'));
  },
  'backups:restore': async (ctx, { fileName }) => {
    await ctx.backups.idle();
    const { session, safetyCopy } = await restoreBackup(ctx, fileName);
    return { project: session.info(), safetyCopy: publicBackup(safetyCopy) };
  },
};
