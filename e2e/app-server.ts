// Starts the real browser-mode backend (dist/server/server.cjs) on a free port with its own data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningApp {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

const SERVER = path.resolve(__dirname, '..', 'dist', 'server', 'server.cjs');

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'remisskod-e2e-'));
}

export function startApp(dataDir: string, env: Record<string, string> = {}): Promise<RunningApp> {
  if (!fs.existsSync(SERVER)) throw new Error('dist/server/server.cjs is missing: run npm run build first.');
  const child = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      REMISSKOD_DATA_DIR: dataDir,
      REMISSKOD_PORT: '0',
      REMISSKOD_CODER_NAME: 'Testkodare',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in time.\n${stderr}`)), 30_000);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /REMISSKOD_URL=(\S+)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        dataDir,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            const force = setTimeout(() => child.kill('SIGKILL'), 8000);
            child.once('exit', () => {
              clearTimeout(force);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}.\n${stderr}`));
    });
  });
}
