// Finds the folder with the demo corpus (seeds/) in a checkout, a build or a packaged app.
import fs from 'node:fs';
import path from 'node:path';

const MARKER = 'sou-2024-72-codebook.json';

export function findSeedsDir(): string {
  const fromEnv = process.env.REMISSKOD_SEEDS_DIR;
  if (fromEnv && fs.existsSync(path.join(fromEnv, MARKER))) return fromEnv;
  const starts = [__dirname, process.cwd(), (process as { resourcesPath?: string }).resourcesPath ?? ''];
  for (const start of starts) {
    let dir = start;
    for (let i = 0; dir && i < 8; i++) {
      const candidate = path.join(dir, 'seeds');
      if (fs.existsSync(path.join(candidate, MARKER))) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(`The demo corpus (seeds/${MARKER}) was not found next to the application.`);
}
