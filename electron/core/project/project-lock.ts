// A lock file next to a project (pid, host, heartbeat) so a second process cannot open it at the same time.
import fs from 'node:fs';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/api-error';

export interface LockOwner {
  pid: number;
  host: string;
  /** Random id of this acquisition, so a takeover can tell one lock from another. */
  id: string;
  startedAt: string;
}

/** A lock whose heartbeat is older than this is stale even if its process seems alive (other host, reused pid). */
export const STALE_AFTER_MS = 5 * 60_000;
export const HEARTBEAT_MS = 30_000;

export function lockPathFor(projectPath: string): string {
  return `${projectPath}.lock`;
}

/** Locks this process holds, counted: the same process may open its own project twice (reopen). */
const held = new Map<string, { count: number; owner: LockOwner; timer: NodeJS.Timeout }>();

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockPath: string): { owner: LockOwner | null; heartbeat: number } | null {
  try {
    const heartbeat = fs.statSync(lockPath).mtimeMs;
    let owner: LockOwner | null = null;
    try {
      owner = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockOwner;
    } catch {
      owner = null; // half-written or damaged: judged by its age alone
    }
    return { owner, heartbeat };
  } catch {
    return null;
  }
}

function isStale(lock: { owner: LockOwner | null; heartbeat: number }): boolean {
  if (Date.now() - lock.heartbeat > STALE_AFTER_MS) return true;
  if (!lock.owner) return false;
  return lock.owner.host === os.hostname() && !pidAlive(lock.owner.pid);
}

function tryCreate(projectPath: string, lockPath: string, owner: LockOwner): boolean {
  try {
    fs.writeFileSync(lockPath, JSON.stringify(owner), { flag: 'wx' });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'ENOENT')
      throw new ApiError('project_not_found', `No project file at ${projectPath}.`, { path: projectPath });
    throw new ApiError('project_unreadable', `Could not open ${projectPath}: ${(error as Error).message}`, {
      path: projectPath,
    });
  }
}

/** Moves a stale lock aside; only the process whose rename saw the stale lock's id may go on. */
function removeStale(lockPath: string, staleId: string | undefined): void {
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = readLock(aside);
  if (moved?.owner?.id !== staleId) {
    // We moved a fresh lock that replaced the stale one meanwhile: put it back without overwriting.
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // a newer lock exists already; it wins
    }
  }
  fs.rmSync(aside, { force: true });
}

function refuse(projectPath: string, owner: LockOwner | null): never {
  const who = owner ? `process ${owner.pid} on ${owner.host}` : 'another process';
  throw new ApiError(
    'project_locked',
    `${projectPath} is already open in another Remisskod window (${who}). Close it there, or open a copy.`,
    { path: projectPath, pid: owner?.pid ?? 0, host: owner?.host ?? '' },
  );
}

/** Takes the project's lock, or throws ApiError 'project_locked'. Stale locks of dead processes are taken over. */
export function acquireProjectLock(projectPath: string): void {
  const lockPath = lockPathFor(projectPath);
  const mine = held.get(lockPath);
  if (mine) {
    mine.count += 1;
    return;
  }
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    id: randomUUID(),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(projectPath, lockPath, owner)) {
      const timer = setInterval(() => touch(lockPath), HEARTBEAT_MS);
      timer.unref();
      held.set(lockPath, { count: 1, owner, timer });
      return;
    }
    const existing = readLock(lockPath);
    if (!existing) continue; // released meanwhile
    if (!isStale(existing)) refuse(projectPath, existing.owner);
    removeStale(lockPath, existing.owner?.id);
  }
  refuse(projectPath, readLock(lockPath)?.owner ?? null);
}

function touch(lockPath: string): void {
  const now = new Date();
  try {
    fs.utimesSync(lockPath, now, now);
  } catch {
    // the folder went away; nothing to keep alive
  }
}

/** Gives the lock back when the last session of this process on the project closes. */
export function releaseProjectLock(projectPath: string): void {
  const lockPath = lockPathFor(projectPath);
  const mine = held.get(lockPath);
  if (!mine) return;
  mine.count -= 1;
  if (mine.count > 0) return;
  clearInterval(mine.timer);
  held.delete(lockPath);
  const current = readLock(lockPath);
  if (current?.owner?.id === mine.owner.id) fs.rmSync(lockPath, { force: true });
}

/** Removes this process's lock files on a normal exit (SIGKILL leaves them; they are then stale). */
process.once('exit', () => {
  for (const [lockPath, mine] of held) {
    const current = readLock(lockPath);
    if (current?.owner?.id === mine.owner.id) fs.rmSync(lockPath, { force: true });
  }
});
