import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAllAnnotations } from '../../core/db/tables/annotations';
import { ProjectSession } from '../../core/project/project-session';
import { readProjectSnapshot } from '../../core/services/snapshot-service';
import {
  documentOf,
  KALMAR_LINES,
  KALMAR_PERTURBED,
  sharingProject,
  tag,
} from '../../core/services/sharing/sharing-fixtures';
import { useTempDir } from '../../core/test-support/temp-dir';
import { runCli } from '../run-cli';

const tempDir = useTempDir();

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Project A (Anna and Bo coded Kalmar) and an empty project B with the same answer re-extracted. */
async function projects(dir: string) {
  const a = await sharingProject(dir, 'A', [documentOf(KALMAR_LINES, 'kalmar.pdf', 'Kalmar kommun')]);
  tag(a, 'Anna', 'tillstyrker förslaget om ett lagkrav', 'p411', 'supports');
  tag(a, 'Bo', 'tillstyrker förslaget om ett lagkrav', 'p411', 'conditional');
  tag(a, 'Anna', 'avstyrker förslaget att kommuner', 'p54', 'opposes');
  tag(a, 'Bo', 'avstyrker förslaget att kommuner', 'p54', 'opposes');
  a.session.close();
  const b = await sharingProject(dir, 'B', [documentOf(KALMAR_PERTURBED, 'kalmar.pdf', 'Kalmar kommun')]);
  b.session.close();
  return { a: a.session.path, b: b.session.path };
}

const snapshotOf = (file: string) => {
  const session = ProjectSession.open(file);
  try {
    const { info: _info, ...rest } = readProjectSnapshot(session);
    return JSON.stringify(rest);
  } finally {
    session.close();
  }
};

describe('sharing on the command line', () => {
  it('exports one coder’s annotations and imports them, asking before trusting a name match', async () => {
    const dir = tempDir();
    const { a, b } = await projects(dir);
    const out = path.join(dir, 'anna.json');
    expect((await cli('export', a, '--format', 'annotations', '--coder', 'Anna', '--out', out)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).exportedBy.name).toBe('Anna');

    const refused = await cli('import-annotations', b, out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/match only by name[\s\S]*--yes-confirm-names/);

    const ok = await cli('import-annotations', b, out, '--yes-confirm-names', '--format', 'json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ added: 2, orphaned: 0, codersCreated: 1 });
  });

  it('refuses a malformed annotation file with a message naming it, and writes nothing', async () => {
    const dir = tempDir();
    const { b } = await projects(dir);
    const bad = path.join(dir, 'trasig.json');
    fs.writeFileSync(bad, '{"format": "remisskod-annotations", "version": 1, "documents": 3}');
    const before = snapshotOf(b);
    const result = await cli('import-annotations', b, bad);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/trasig\.json cannot be imported/);
    expect(snapshotOf(b)).toBe(before);
    expect((await cli('import-annotations', b, path.join(dir, 'saknas.json'))).code).toBe(1);
  });

  it('prints agreement as JSON with kappa for two coders', async () => {
    const { a } = await projects(tempDir());
    const result = await cli('agreement', a, '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.coders.map((c: { name: string }) => c.name).sort()).toEqual(['Anna', 'Bo']);
    expect(report.overall.units).toBe(2);
    expect(report.overall.percentAgreement).toBe(0.5);
    expect(report.disagreements).toHaveLength(1);
  });

  it('exports .qdpx and .qdc and imports the .qdpx as a new project; a broken archive creates nothing', async () => {
    const dir = tempDir();
    const { a } = await projects(dir);
    const qdpx = path.join(dir, 'a.qdpx');
    expect((await cli('export', a, '--format', 'qdpx', '--out', qdpx)).code).toBe(0);
    expect((await cli('export', a, '--format', 'qdc', '--out', path.join(dir, 'a.qdc'))).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'a.qdc'), 'utf8')).toMatch(/<CodeBook/);

    const copy = path.join(dir, 'kopia.remisskod');
    const imported = await cli('import-qdpx', copy, qdpx, '--format', 'json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ documents: 1, annotations: 4, coders: 2 });
    const session = ProjectSession.open(copy);
    expect(listAllAnnotations(session.db).map((x) => x.exact)).toContain('avstyrker förslaget att kommuner');
    session.close();

    const broken = path.join(dir, 'trasig.qdpx');
    fs.writeFileSync(broken, 'PK inte en zip');
    const result = await cli('import-qdpx', path.join(dir, 'ny.remisskod'), broken);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/trasig\.qdpx cannot be imported/);
    expect(fs.existsSync(path.join(dir, 'ny.remisskod'))).toBe(false);
  });

  it('needs --out for binary formats and an empty codebook cannot become a .qdc', async () => {
    const dir = tempDir();
    const empty = await sharingProject(dir, 'tom', [], false);
    empty.session.close();
    expect((await cli('export', empty.session.path, '--format', 'qdpx')).code).toBe(2);
    const qdc = await cli('export', empty.session.path, '--format', 'qdc', '--out', path.join(dir, 'x.qdc'));
    expect(qdc.code).toBe(1);
    expect(qdc.err).toMatch(/at least one code/);
    expect(fs.existsSync(path.join(dir, 'x.qdc'))).toBe(false);
  });
});
