// Tests that a project open in another process is refused, and that stale locks of dead processes do not block.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/api-error';
import { listAnnotationsForDocument } from '../db/tables/annotations';
import { makeProject } from '../test-support/make-project';
import { useTempDir } from '../test-support/temp-dir';
import { lockPathFor } from './project-lock';
import { ProjectSession } from './project-session';

const tempDir = useTempDir();
const sleepers: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of sleepers.splice(0)) child.kill('SIGKILL');
});

/** A live process that is not us: stands in for another Remisskod window. */
function otherLiveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  sleepers.push(child);
  return child.pid!;
}

function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)']).stdout.toString().trim());
}

function writeLock(projectPath: string, pid: number, host = os.hostname(), ageMs = 0): void {
  const lockPath = lockPathFor(projectPath);
  fs.writeFileSync(lockPath, JSON.stringify({ pid, host, id: 'other', startedAt: '2025-01-01' }));
  const when = new Date(Date.now() - ageMs);
  fs.utimesSync(lockPath, when, when);
}

async function closedProject(): Promise<{ file: string; documentId: string }> {
  const { session, documentId } = await makeProject(tempDir());
  const file = session.path;
  session.close();
  return { file, documentId };
}

function openError(file: string): ApiError {
  try {
    ProjectSession.open(file).close();
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('the project opened although it is locked');
}

describe('project lock', () => {
  it('holds a lock file while the project is open and removes it on close', async () => {
    const { session } = await makeProject(tempDir());
    const lockPath = lockPathFor(session.path);
    expect(JSON.parse(fs.readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    session.close();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('refuses a project another live process has open, names the file, and changes nothing', async () => {
    const { file } = await closedProject();
    writeLock(file, otherLiveProcess());
    const before = fs.readFileSync(file);
    const error = openError(file);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('project_locked');
    expect(error.params.path).toBe(file);
    expect(error.message).toContain('already open');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('takes over the stale lock of a process that died (crash, SIGKILL) and keeps the data', async () => {
    const { file, documentId } = await closedProject();
    writeLock(file, deadPid());
    const session = ProjectSession.open(file);
    expect(listAnnotationsForDocument(session.db, documentId)).toEqual([]);
    expect(JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')).pid).toBe(process.pid);
    session.close();
  });

  it('takes over a lock whose heartbeat stopped long ago, even from another host', async () => {
    const { file } = await closedProject();
    writeLock(file, 1, 'other-laptop', 60 * 60_000);
    ProjectSession.open(file).close();
  });

  it('refuses a fresh lock from another host (a shared folder) that it cannot check', async () => {
    const { file } = await closedProject();
    writeLock(file, 1, 'other-laptop');
    expect(openError(file).code).toBe('project_locked');
  });

  it('lets the same process reopen its own project, and keeps the lock until the last close', async () => {
    const { session } = await makeProject(tempDir());
    const again = ProjectSession.open(session.path);
    session.close();
    expect(fs.existsSync(lockPathFor(session.path))).toBe(true);
    again.close();
    expect(fs.existsSync(lockPathFor(session.path))).toBe(false);
  });

  it('opens read-only without a lock, so a locked project can still be read', async () => {
    const { file } = await closedProject();
    writeLock(file, otherLiveProcess());
    const reader = ProjectSession.open(file, { readonly: true });
    expect(reader.info().name).toBe('Test');
    reader.close();
    expect(fs.existsSync(lockPathFor(file))).toBe(true);
  });

  it('leaves no lock behind when the file is missing or not a project', () => {
    const dir = tempDir();
    const missing = `${dir}/missing.remisskod`;
    expect(openError(missing).code).toBe('project_not_found');
    const junk = `${dir}/junk.remisskod`;
    fs.writeFileSync(junk, 'not a database at all, just text'.repeat(100));
    expect(openError(junk).code).toBe('project_corrupt');
    expect(fs.readdirSync(dir).sort()).toEqual(['junk.remisskod']);
  });
});
