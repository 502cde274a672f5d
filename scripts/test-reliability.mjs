// `npm run test:reliability`: builds, then runs the crash, backup, lock, migration, hostile-input and security tests.
import { spawnSync } from 'node:child_process';
import { ensureBuilt, ensureInstalled, root } from './ensure-ready.mjs';
import { findChromium } from './find-chromium.mjs';

/** Unit and process-level tests (Vitest). */
export const RELIABILITY_UNIT_TESTS = [
  'electron/reliability/',
  'electron/core/backup/',
  'electron/core/project/project-lock.test.ts',
  'electron/core/db/',
  'electron/server/',
  'electron/shell/',
  'shared/formats/codebook/codebook-json.fuzz.test.ts',
  'shared/formats/annotation-file/parse-annotation-file.fuzz.test.ts',
  'shared/formats/refi-qda/parse-qdc.fuzz.test.ts',
  'scripts/electronegativity.test.ts',
];

/** Browser tests (Playwright): no network, no script injection (app and exported HTML), backups in the UI. */
export const RELIABILITY_E2E_TESTS = [
  'e2e/security-no-network.spec.ts',
  'e2e/security-no-script-injection.spec.ts',
  'e2e/backups.spec.ts',
  'e2e/security-export-html.spec.ts',
];

ensureInstalled();
await ensureBuilt({ force: true });
const run = (args, env = {}) =>
  spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;

const failed = [];
if (run(['vitest', 'run', ...RELIABILITY_UNIT_TESTS]) !== 0) failed.push('unit');
const chromium = findChromium();
if (!chromium) {
  console.error(
    'Chromium was not found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
  failed.push('e2e');
} else if (run(['playwright', 'test', ...RELIABILITY_E2E_TESTS], { CHROMIUM_PATH: chromium }) !== 0) {
  failed.push('e2e');
}
console.log(
  `\ntest:reliability: ${failed.length ? `failed (${failed.join(', ')})` : 'all passed'}; bad inputs tried: test-results/hostile-imports.md, test-results/hostile-parsers.md`,
);
process.exit(failed.length ? 1 : 0);
