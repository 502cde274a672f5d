// Tests automatic backups: online copies beside the project, rotation, the timer, and all-or-nothing restore.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppContext } from '../app-context';
import { dispatch } from '../dispatch';
import { lockPathFor } from '../project/project-lock';
import { makeProject } from '../test-support/make-project';
import { useTempDir } from '../test-support/temp-dir';
import { backupDirFor, listBackups } from './backup-files';
import { BackupScheduler } from './backup-scheduler';
import { makeBackup } from './make-backup';

const tempDir = useTempDir();
const quiet = { intervalMinutes: 0, keep: 10, onOpen: false };

async function openApp(policy = quiet) {
  const dir = tempDir();
  const { session, documentId } = await makeProject(dir);
  const file = session.path;
  session.close();
  const ctx = new AppContext({
    dataDir: path.join(dir, 'data'),
    mode: 'browser',
    version: 'test',
    backup: policy,
  });
  ctx.openProject(file);
  const call = async (channel: string, input: unknown = {}) => {
    const result = await dispatch(ctx, channel, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as never;
  };
  const tag = (start: number) =>
    call('annotations:create', {
      documentId,
      start,
      end: start + 5,
      tags: [{ codeId: 'p1', stanceId: 'supports' }],
    }) as Promise<{ id: string }>;
  const ids = () =>
    (ctx.project().db.prepare('SELECT id FROM annotations ORDER BY id').all() as { id: string }[]).map(
      (r) => r.id,
    );
  return { ctx, file, call, tag, ids };
}

function countAnnotations(file: string): number {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n;
  db.close();
  return n;
}

describe('backups', () => {
  it('copies the open project into <project>.backups/ as one self-contained file', async () => {
    const { ctx, file, tag } = await openApp();
    await tag(0);
    const backup = await makeBackup(file, ctx.project().db, 'manual');
    expect(path.dirname(backup.path)).toBe(backupDirFor(file));
    expect(backupDirFor(file)).toBe(`${file}.backups`);
    expect(fs.readdirSync(backupDirFor(file))).toEqual([backup.fileName]);
    expect(countAnnotations(backup.path)).toBe(1);
    const db = new Database(backup.path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    ctx.close();
  });

  it('keeps only the newest automatic backups, but never deletes manual ones', async () => {
    const { ctx, file } = await openApp();
    const db = ctx.project().db;
    await makeBackup(file, db, 'manual', 3);
    for (let i = 0; i < 5; i += 1) await makeBackup(file, db, 'timer', 3);
    const reasons = listBackups(file).map((b) => b.reason);
    expect(reasons.filter((r) => r === 'timer')).toHaveLength(3);
    expect(reasons).toContain('manual');
    ctx.close();
  });

  it('backs up when a project is opened, and on the timer only when something changed', async () => {
    const { ctx, file, tag } = await openApp();
    const scheduler = new BackupScheduler({ intervalMinutes: 10, keep: 10, onOpen: true });
    scheduler.watch(ctx.project());
    await scheduler.idle();
    expect(listBackups(file).map((b) => b.reason)).toEqual(['start']);
    await scheduler.tick();
    expect(listBackups(file)).toHaveLength(1);
    await tag(0);
    await scheduler.tick();
    expect(listBackups(file).map((b) => b.reason)).toEqual(['timer', 'start']);
    expect(countAnnotations(listBackups(file)[0]!.path)).toBe(1);
    scheduler.stop();
    ctx.close();
  });

  it('a backup that cannot be written is reported and does not stop the work', async () => {
    const { ctx, file, tag, ids } = await openApp();
    fs.writeFileSync(backupDirFor(file), 'a file where the folder should be');
    const logged: string[] = [];
    const scheduler = new BackupScheduler({ intervalMinutes: 10, keep: 10, onOpen: true }, (m) =>
      logged.push(m),
    );
    scheduler.watch(ctx.project());
    await scheduler.idle();
    expect(logged.join('\n')).toContain(`Backup of ${file} failed`);
    await tag(0);
    expect(ids()).toHaveLength(1);
    scheduler.stop();
    ctx.close();
  });

  it('the app backs up the project it opens (default policy) without blocking work', async () => {
    const { ctx, file } = await openApp({ intervalMinutes: 10, keep: 10, onOpen: true });
    await ctx.backups.idle();
    expect(listBackups(file).map((b) => b.reason)).toEqual(['start']);
    ctx.close();
  });

  it('restores a backup over the project, keeps a safety copy of the current state, and reopens', async () => {
    const { ctx, file, call, tag, ids } = await openApp();
    const first = await tag(0);
    const made = (await call('backups:create')) as { fileName: string };
    await tag(10);
    const listed = (await call('backups:list')) as { folder: string; backups: { fileName: string }[] };
    expect(listed.folder).toBe(backupDirFor(file));
    expect(listed.backups.map((b) => b.fileName)).toEqual([made.fileName]);

    const result = (await call('backups:restore', { fileName: made.fileName })) as {
      project: { path: string };
      safetyCopy: { fileName: string; reason: string };
    };
    expect(result.project.path).toBe(file);
    expect(ids()).toEqual([first.id]);
    expect(result.safetyCopy.reason).toBe('before-restore');
    expect(countAnnotations(path.join(backupDirFor(file), result.safetyCopy.fileName))).toBe(2);
    expect(fs.existsSync(lockPathFor(file))).toBe(true);
    await tag(20);
    expect(ids()).toHaveLength(2);
    ctx.close();
  });

  it('refuses a damaged backup and leaves the open project exactly as it was', async () => {
    const { ctx, call, tag, ids } = await openApp();
    await tag(0);
    const made = (await call('backups:create')) as { fileName: string };
    await tag(10);
    const backupPath = path.join(backupDirFor(ctx.project().path), made.fileName);
    const bytes = fs.readFileSync(backupPath);
    bytes.fill(0x5a, 100, bytes.length);
    fs.writeFileSync(backupPath, bytes);
    const before = ids();
    await expect(call('backups:restore', { fileName: made.fileName })).rejects.toMatchObject({
      code: 'backup_damaged',
    });
    expect(ids()).toEqual(before);
    await tag(20);
    expect(ids()).toHaveLength(3);
    ctx.close();
  });

  it('refuses file names that leave the backups folder or do not exist', async () => {
    const { ctx, call } = await openApp();
    await expect(call('backups:restore', { fileName: '../test.remisskod' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
    await expect(call('backups:restore', { fileName: 'nope.remisskod' })).rejects.toMatchObject({
      code: 'backup_not_found',
    });
    ctx.close();
  });

  it('does not list a backup a crash cut off', async () => {
    const { ctx, file } = await openApp();
    fs.mkdirSync(backupDirFor(file), { recursive: true });
    fs.writeFileSync(path.join(backupDirFor(file), '2025-01-01T10-00-00-000Z-timer.remisskod.partial'), 'x');
    expect(listBackups(file)).toEqual([]);
    ctx.close();
  });
});
