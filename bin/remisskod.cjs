#!/usr/bin/env node
// The `remisskod` command: runs the bundled CLI, building it first when it is missing.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('Building Remisskod first (npm run build)…\n');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], {
    stdio: 'inherit',
    cwd: root,
  });
}
require(cli);
