// Electron smoke test: launches the real desktop app where the Electron binary exists.
import { _electron as electron, expect, test } from '@playwright/test';
import path from 'node:path';
import { makeDataDir } from './app-server';

// The helper is shared with scripts/start.mjs; it never requires the electron module itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findElectronBinary } = require('../scripts/electron-binary.cjs') as {
  findElectronBinary: () => { path: string | null; reason: string };
};
const binary = findElectronBinary();

test('the desktop app starts, shows the demo remissvar and answers over IPC', async () => {
  test.skip(!binary.path, `Electron binary not available here: ${binary.reason}`);
  const app = await electron.launch({
    executablePath: binary.path!,
    args: [path.resolve(__dirname, '..', 'dist', 'electron', 'main.cjs'), '--no-sandbox'],
    env: { ...process.env, REMISSKOD_DATA_DIR: makeDataDir() },
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('navigation', { name: 'Remissvar' }).getByRole('button')).toHaveCount(5);
  const isolated = await window.evaluate(
    () => typeof (window as unknown as { require?: unknown }).require === 'undefined',
  );
  expect(isolated).toBe(true);
  await app.close();
});
