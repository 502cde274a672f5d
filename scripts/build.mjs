// Builds everything the app needs: the renderer (Vite) and the Node bundles (esbuild) into dist/.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const quiet = process.argv.includes('--quiet');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: quiet ? 'error' : 'warning',
  define: { __REMISSKOD_VERSION__: JSON.stringify(pkg.version) },
  absWorkingDir: root,
};

/** Node entry points: [source, output, bundle packages too?] */
const nodeEntries = [
  ['electron/shell/main.ts', 'dist/electron/main.cjs', false],
  ['electron/shell/preload.ts', 'dist/electron/preload.cjs', true],
  ['electron/server/main.ts', 'dist/server/server.cjs', false],
  ['electron/cli/main.ts', 'dist/cli/cli.cjs', false],
  ['electron/importers/import-worker.ts', 'dist/workers/import-worker.cjs', false],
  ['electron/core/services/compilation/export-worker.ts', 'dist/workers/export-worker.cjs', false],
];

export async function buildAll() {
  const started = Date.now();
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: quiet ? 'error' : 'warn' });
  for (const [entry, outfile, bundlePackages] of nodeEntries) {
    if (!fs.existsSync(path.join(root, entry))) continue;
    await esbuild({
      ...common,
      entryPoints: [entry],
      outfile,
      external: ['electron'],
      ...(bundlePackages ? {} : { packages: 'external' }),
    });
  }
  if (!quiet) console.log(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
