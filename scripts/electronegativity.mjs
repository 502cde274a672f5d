// Runs Electronegativity on the built main/preload bundles and renderer page; fails on findings docs/security.md does not explain.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_VERSION = '45.0.0';

/** Electronegativity reads .js and .html only: copy the .cjs bundles under .js names. */
export function prepareInput() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remisskod-electronegativity-'));
  const bundles = path.join(root, 'dist', 'electron');
  const page = path.join(root, 'dist', 'renderer', 'index.html');
  if (!fs.existsSync(bundles) || !fs.existsSync(page))
    throw new Error('dist/ is not built: run npm run build first.');
  for (const name of fs.readdirSync(bundles).filter((n) => n.endsWith('.cjs'))) {
    fs.copyFileSync(path.join(bundles, name), path.join(dir, name.replace(/\.cjs$/, '.js')));
  }
  fs.copyFileSync(page, path.join(dir, 'index.html'));
  return dir;
}

/** Parses RFC-4180-ish CSV (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n') {
      endRow();
    } else if (ch !== '\r') {
      field += ch;
    }
  }
  if (field || row.length) endRow();
  const [header, ...body] = rows;
  return body
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}

/** The findings docs/security.md explains: table rows "| `CHECK_ID` | `file` | why |". */
export function explainedFindings(markdown) {
  const explained = [];
  for (const match of markdown.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|/gm)) {
    explained.push({ issue: match[1], filename: match[2] });
  }
  return explained;
}

export function unexplained(findings, explained) {
  return findings.filter(
    (f) =>
      !explained.some(
        (e) => e.issue === f.issue && (e.filename === '*' || e.filename === path.basename(f.filename)),
      ),
  );
}

export function runElectronegativity() {
  const input = prepareInput();
  const report = path.join(input, 'report.csv');
  const bin = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const result = spawnSync(process.execPath, [bin, '-i', input, '-e', ELECTRON_VERSION, '-r', '-o', report], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (!fs.existsSync(report)) {
    throw new Error(
      `Electronegativity wrote no report (exit ${result.status}).\n${result.stdout}\n${result.stderr}`,
    );
  }
  const findings = parseCsv(fs.readFileSync(report, 'utf8'));
  fs.rmSync(input, { recursive: true, force: true });
  return findings;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const findings = runElectronegativity();
  const explained = explainedFindings(fs.readFileSync(path.join(root, 'docs', 'security.md'), 'utf8'));
  const open = unexplained(findings, explained);
  console.log(
    `Electronegativity: ${findings.length} finding(s), ${findings.length - open.length} explained in docs/security.md.`,
  );
  for (const f of open) {
    console.error(
      `UNEXPLAINED ${f.issue} (${f.severity}, ${f.confidence}) in ${f.filename} at ${f.location}: ${f.description}`,
    );
  }
  process.exit(open.length ? 1 : 0);
}
