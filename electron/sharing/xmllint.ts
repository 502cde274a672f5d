// Validates XML against the REFI-QDA Project.xsd with xmllint (libxml2-utils), for tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The official REFI-QDA schema, kept in the repository (schema/README.md). */
export const PROJECT_XSD = resolve(__dirname, 'schema', 'Project.xsd');

/** xmllint's verdict: '' when valid, else its messages. Throws when xmllint is not installed. */
export function validateAgainstProjectXsd(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'remisskod-xsd-'));
  try {
    const file = join(dir, 'project.qde');
    writeFileSync(file, xml);
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', PROJECT_XSD, file], { stdio: 'pipe' });
      return '';
    } catch (error) {
      const e = error as { code?: string; stderr?: Buffer };
      if (e.code === 'ENOENT')
        throw new Error('xmllint is not installed (apt-get install libxml2-utils)', { cause: error });
      return e.stderr?.toString() ?? String(error);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A .qdc's CodeBook placed in a minimal Project, so Project.xsd can check its codes. */
export function qdcAsProject(qdc: string): string {
  const codes = /<([\w]+:)?Codes>[\s\S]*<\/([\w]+:)?Codes>/.exec(qdc)?.[0] ?? '';
  return `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="codebook"><CodeBook>${codes.replace(/<(\/?)\w+:/g, '<$1')}</CodeBook></Project>`;
}
