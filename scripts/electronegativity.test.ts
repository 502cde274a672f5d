// Runs Electronegativity on the built app and fails on any finding docs/security.md does not explain.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without type declarations
import { explainedFindings, parseCsv, runElectronegativity, unexplained } from './electronegativity.mjs';

const root = path.resolve(__dirname, '..');
const built = fs.existsSync(path.join(root, 'dist', 'electron', 'main.cjs'));

describe('Electronegativity', () => {
  it('parses its CSV report, quoted commas and all', () => {
    const csv =
      'issue, severity, filename\nCSP_GLOBAL_CHECK,"LOW","index.html"\nX_CHECK,"HIGH","a, ""b"".js"\n';
    expect(parseCsv(csv)).toEqual([
      { issue: 'CSP_GLOBAL_CHECK', severity: 'LOW', filename: 'index.html' },
      { issue: 'X_CHECK', severity: 'HIGH', filename: 'a, "b".js' },
    ]);
  });

  it('treats a finding as explained only when docs/security.md names its check and file', () => {
    const explained = explainedFindings(
      '| `CSP_GLOBAL_CHECK` | `index.html` | style-src needs inline styles |',
    );
    const findings = [
      { issue: 'CSP_GLOBAL_CHECK', filename: 'index.html' },
      { issue: 'CSP_GLOBAL_CHECK', filename: 'main.js' },
      { issue: 'NODE_INTEGRATION_JS_CHECK', filename: 'main.js' },
    ];
    expect(unexplained(findings, explained)).toEqual(findings.slice(1));
  });

  it.skipIf(!built)(
    'finds nothing in the built main, preload and page that docs/security.md does not explain',
    () => {
      const findings = runElectronegativity() as { issue: string; filename: string }[];
      const explained = explainedFindings(fs.readFileSync(path.join(root, 'docs', 'security.md'), 'utf8'));
      expect(unexplained(findings, explained)).toEqual([]);
    },
    240_000,
  );
});
