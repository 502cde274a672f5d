// Kills the real backend (SIGKILL) in the middle of thousands of annotation writes and checks nothing acknowledged is lost.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureServerBuilt,
  startServer,
  startServerExpectingFailure,
  type ServerProcess,
} from './server-process';

interface Written {
  id: string;
  documentId: string;
  start: number;
  end: number;
}

const running: ServerProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.kill();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remisskod-crash-'));
  dirs.push(dir);
  return dir;
}

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer({ REMISSKOD_BACKUP_MINUTES: '0', ...env });
  running.push(server);
  return server;
}

beforeAll(() => ensureServerBuilt(), 180_000);

describe('crash safety of the real backend', () => {
  it('keeps every acknowledged annotation and a sound database after SIGKILL mid-stream', async () => {
    const dir = dataDir();
    const first = await start({ REMISSKOD_DATA_DIR: dir });
    const project = await first.call<{ path: string }>('project:current');
    const documents = await first.call<{ id: string; length: number }[]>('documents:list');
    const { codes, stances } = await first.call<{ codes: { id: string }[]; stances: { id: string }[] }>(
      'codebook:get',
    );
    expect(documents.length).toBeGreaterThan(0);

    const acknowledged: Written[] = [];
    const planned = 4000;
    const killAfter = 1000 + Math.floor(Math.random() * 1000);
    let sent = 0;
    let killed = false;
    const worker = async (): Promise<void> => {
      while (!killed && sent < planned) {
        const n = sent++;
        const doc = documents[n % documents.length]!;
        const startAt = (n * 37) % Math.max(1, doc.length - 20);
        const span = { documentId: doc.id, start: startAt, end: startAt + 1 + (n % 15) };
        try {
          const created = await first.call<{ id: string }>('annotations:create', {
            ...span,
            tags: [{ codeId: codes[n % codes.length]!.id, stanceId: stances[n % stances.length]!.id }],
            comment: `skrivning ${n}`,
          });
          acknowledged.push({ id: created.id, ...span });
        } catch {
          return; // the server is gone: this write was never acknowledged
        }
        if (acknowledged.length >= killAfter && !killed) {
          killed = true;
          await first.kill();
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
    expect(fs.existsSync(`${project.path}.lock`)).toBe(true); // left behind by the killed process

    // Restart on the same data folder: the stale lock is taken over and the project reopens.
    const second = await start({ REMISSKOD_DATA_DIR: dir });
    expect((await second.call<{ path: string }>('project:current')).path).toBe(project.path);
    const present = new Map<string, { documentId: string; start: number; end: number }>();
    for (const doc of documents) {
      for (const a of await second.call<Written[]>('annotations:listForDocument', { documentId: doc.id })) {
        present.set(a.id, a);
      }
    }
    const missing = acknowledged.filter((w) => !present.has(w.id));
    expect(missing).toEqual([]);
    for (const w of acknowledged) expect(present.get(w.id)).toMatchObject(w);
    // The app keeps working after the crash.
    await second.call('annotations:create', {
      documentId: documents[0]!.id,
      start: 0,
      end: 3,
      tags: [{ codeId: codes[0]!.id, stanceId: null }],
    });
    await second.stop();
    running.splice(running.indexOf(second), 1);

    const db = new Database(project.path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const stored = db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number };
    expect(stored.n).toBeGreaterThanOrEqual(acknowledged.length + 1);
    db.close();
  }, 120_000);

  it('refuses to open a project that another running backend has open, and leaves it working', async () => {
    const dir = dataDir();
    const first = await start({ REMISSKOD_DATA_DIR: dir });
    const project = await first.call<{ path: string }>('project:current');
    const refused = await startServerExpectingFailure({
      REMISSKOD_DATA_DIR: dataDir(),
      REMISSKOD_PROJECT: project.path,
      REMISSKOD_BACKUP_MINUTES: '0',
    });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('already open in another Remisskod window');
    expect(refused.stderr).toContain(project.path);
    const documents = await first.call<unknown[]>('documents:list');
    expect(documents.length).toBeGreaterThan(0);
  }, 60_000);
});
