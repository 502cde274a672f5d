// Finds the Electron binary without requiring the electron module (which would try to download it).
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/** @returns {{ path: string | null, reason: string }} */
function findElectronBinary() {
  if (!fs.existsSync(path.join(electronDir, 'package.json'))) {
    return { path: null, reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  if (!relative) {
    return {
      path: null,
      reason: 'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing)',
    };
  }
  const binary = path.join(distDir, relative);
  if (!fs.existsSync(binary)) return { path: null, reason: `the Electron binary is missing at ${binary}` };
  return { path: binary, reason: '' };
}

function electronInstallScript() {
  return path.join(electronDir, 'install.js');
}

module.exports = { findElectronBinary, electronInstallScript };
