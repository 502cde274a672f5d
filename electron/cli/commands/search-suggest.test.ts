// Tests for the `search` and `suggest` CLI commands, run in-process with a captured io.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject } from '../../core/test-support/make-project';
import { useTempDir } from '../../core/test-support/temp-dir';
import { runCli } from '../run-cli';

const tempDir = useTempDir();

async function closedProject(): Promise<{ file: string; documentId: string }> {
  const dir = tempDir();
  const { session, documentId } = await makeProject(dir);
  session.close();
  return { file: path.join(dir, 'test.remisskod'), documentId };
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('remisskod search', () => {
  it('prints hits grouped by document as JSON', async () => {
    const { file, documentId } = await closedProject();
    const { code, out } = await run(['search', file, '"medicinsk bedömning"', '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.totalHits).toBe(1);
    expect(result.documents[0]).toMatchObject({ documentId, respondent: 'Exempels kommun', hitCount: 1 });
    const hit = result.documents[0].hits[0];
    expect(hit.snippet.slice(hit.matchStart, hit.matchEnd)).toBe('medicinsk bedömning');
  });

  it('fails with a clear message on a malformed query or missing input', async () => {
    const { file } = await closedProject();
    const bad = await run(['search', file, '"öppet', '--format', 'json']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/search query cannot be read/);
    const empty = await run(['search', file]);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/Give a query/);
    const noProject = await run(['search', path.join(tempDir(), 'saknas.remisskod'), 'x']);
    expect(noProject.code).not.toBe(0);
  });
});

describe('remisskod suggest', () => {
  it('prints suggestions with offsets, quote, proposal, stance and score', async () => {
    const { file, documentId } = await closedProject();
    const { code, out } = await run(['suggest', file, '--document', documentId, '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Array<{
      document: { id: string };
      proposal: { id: string; section: string };
      stance: string | null;
      quote: string;
      start: number;
      end: number;
      score: number;
    }>;
    expect(rows.length).toBeGreaterThan(0);
    const first = rows.find((r) => r.proposal.id === 'p1')!;
    expect(first).toMatchObject({
      document: { id: documentId },
      proposal: { id: 'p1', section: '4.1.1' },
      stance: 'supports',
    });
    expect(first.quote).toContain('tillstyrker');
    expect(first.end).toBeGreaterThan(first.start);
    expect(first.score).toBeGreaterThan(0);
  });

  it('refuses an unknown document id', async () => {
    const { file } = await closedProject();
    const { code, err } = await run(['suggest', file, '--document', 'nope']);
    expect(code).toBe(2);
    expect(err).toMatch(/No document with id "nope"/);
  });
});
