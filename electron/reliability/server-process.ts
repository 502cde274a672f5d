// Test helper: runs the real browser-mode backend (dist/server/server.cjs) as a child process and calls its API.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server', 'server.cjs');

/** Builds dist/ when the server bundle is missing (npm test builds before the unit tests anyway). */
export function ensureServerBuilt(): void {
  if (fs.existsSync(SERVER_BUNDLE)) return;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--quiet'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('npm run build failed');
}

export interface ServerProcess {
  child: ChildProcess;
  origin: string;
  token: string;
  stderr: () => string;
  call: <T = unknown>(channel: string, input?: unknown) => Promise<T>;
  /** Ends the server the way a crash or power cut does. */
  kill: () => Promise<void>;
  /** Ends the server normally (SIGTERM). */
  stop: () => Promise<void>;
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
  });
}

export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  ensureServerBuilt();
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    env: { ...process.env, REMISSKOD_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start.\n${stderr}`)), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}.\n${stderr}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /REMISSKOD_URL=(http:\/\/[^/]+)\/#token=(\S+)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      const [, origin, token] = match as unknown as [string, string, string];
      const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
        const res = await fetch(`${origin}/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Remisskod-Token': token },
          body: JSON.stringify(input),
        });
        const body = (await res.json()) as {
          ok: boolean;
          value: T;
          error: { code: string; message: string };
        };
        if (!body.ok) throw new ApiCallError(body.error.code, body.error.message);
        return body.value;
      };
      resolve({
        child,
        origin,
        token,
        stderr: () => stderr,
        call,
        kill: () => {
          child.kill('SIGKILL');
          return exited(child);
        },
        stop: () => {
          child.kill('SIGTERM');
          return exited(child);
        },
      });
    });
  });
}

/** Runs the server expecting it to refuse to start; resolves with its exit code and error output. */
export function startServerExpectingFailure(
  env: Record<string, string>,
): Promise<{ code: number; stderr: string }> {
  ensureServerBuilt();
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    env: { ...process.env, REMISSKOD_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('The server started although it should have refused.'));
    }, 20_000);
    child.stdout!.on('data', (c: Buffer) => {
      if (!c.toString().includes('REMISSKOD_URL=')) return;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error('The server started although it should have refused.'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stderr });
    });
  });
}
