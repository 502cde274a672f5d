// `npm test`: install/build when needed, then typecheck, lint, format check, unit tests and Playwright.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root } from './ensure-ready.mjs';
import { findChromium } from './find-chromium.mjs';

const started = Date.now();
ensureInstalled();
await ensureBuilt({ force: true });
fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });

const npx = (args, env = {}) =>
  spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

const steps = [
  ['typecheck', () => spawnSync('npm', ['run', '-s', 'typecheck'], { cwd: root, stdio: 'inherit' })],
  ['lint', () => npx(['eslint', '.', '--max-warnings=0'])],
  ['format', () => npx(['prettier', '--check', '.', '--log-level', 'warn'])],
  [
    'unit',
    () =>
      npx([
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=test-results/vitest.json',
      ]),
  ],
  [
    'e2e',
    () => {
      const chromium = findChromium();
      if (!chromium) {
        console.error(
          'Chromium was not found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
        );
        return { status: 1 };
      }
      return npx(['playwright', 'test'], { CHROMIUM_PATH: chromium });
    },
  ],
];

const failed = [];
for (const [name, run] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = run();
  if (result.status !== 0) failed.push(name);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'test-results', file), 'utf8'));
  } catch {
    return null;
  }
}

const unit = readJson('vitest.json');
const e2e = readJson('playwright.json');
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failedTests = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(
  `\nnpm test finished in ${minutes} min; failed steps: ${failed.length ? failed.join(', ') : 'none'}`,
);
console.log(`Tests: ${passed} passed, ${failedTests} failed, ${skipped} skipped`);
process.exit(failed.length ? 1 : 0);
