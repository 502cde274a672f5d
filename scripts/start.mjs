// `npm start`: installs and builds what is missing, then runs Electron, or browser mode without it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import electronBinary from './electron-binary.cjs';

const { electronInstallScript, findElectronBinary } = electronBinary;
import { ensureBuilt, ensureInstalled, root } from './ensure-ready.mjs';

ensureInstalled();
await ensureBuilt();

let electron = findElectronBinary();
if (!electron.path && process.env.REMISSKOD_BROWSER !== '1') {
  console.log('The Electron binary is not here yet; trying to download it once…');
  spawnSync(process.execPath, [electronInstallScript()], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  electron = findElectronBinary();
}

if (electron.path && process.env.REMISSKOD_BROWSER !== '1') {
  console.log('Starting Remisskod (Electron)…');
  const child = spawn(electron.path, [path.join(root, 'dist', 'electron', 'main.cjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const why = process.env.REMISSKOD_BROWSER === '1' ? 'REMISSKOD_BROWSER=1 was set' : electron.reason;
  console.log(`Electron cannot start here: ${why}.`);
  console.log('Starting Remisskod in browser mode instead: the same app, served on 127.0.0.1 only.');
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server', 'server.cjs')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.on('data', (chunk) => {
    const text = chunk.toString();
    const match = /REMISSKOD_URL=(\S+)/.exec(text);
    if (match) {
      console.log(
        `\n  Open this address in your browser (Chromium, Chrome, Edge or Firefox):\n\n    ${match[1]}\n`,
      );
      console.log('  The address carries a secret key for this launch. Stop with Ctrl+C.');
    } else process.stdout.write(text);
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
