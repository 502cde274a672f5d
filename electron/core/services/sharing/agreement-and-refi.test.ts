import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgainstProjectXsd } from '../../../sharing/xmllint';
import { AppContext } from '../../app-context';
import { listAllAnnotations } from '../../db/tables/annotations';
import { listCoders } from '../../db/tables/coders';
import { dispatch } from '../../dispatch';
import { useTempDir } from '../../test-support/temp-dir';
import { documentOf, KALMAR_LINES, sharingProject, tag, type SharingProject } from './sharing-fixtures';

const tempDir = useTempDir();

const LERUM = [
  'Lerums kommun tillstyrker förslaget om medicinsk bedömning dygnet runt.',
  'Kommunen tillstyrker även att kommuner får anställa läkare. 😀 Ett tecken utanför BMP.',
  'Lerum avstår från att ta ställning till en nationell samordnare.',
];

/** Two coders, two documents, three proposals: a known example for the agreement measures. */
async function twoCoders(dir: string): Promise<SharingProject> {
  const p = await sharingProject(dir, 'team', [
    documentOf(KALMAR_LINES, 'kalmar.pdf', 'Kalmar kommun'),
    documentOf(LERUM, 'lerum.pdf', 'Lerums kommun'),
  ]);
  // Kalmar: agree on 4.1.1 (supports) and 5.4 (opposes); disagree on 7.1.1.
  tag(p, 'Anna', 'tillstyrker förslaget om ett lagkrav', 'p411', 'supports');
  tag(p, 'Bo', 'tillstyrker förslaget om ett lagkrav på tillgång', 'p411', 'supports');
  tag(p, 'Anna', 'avstyrker förslaget att kommuner', 'p54', 'opposes');
  tag(p, 'Bo', 'avstyrker förslaget att kommuner', 'p54', 'opposes');
  tag(p, 'Anna', 'inga synpunkter på förslaget', 'p711', 'no_position');
  tag(p, 'Bo', 'inga synpunkter på förslaget', 'p711', 'sceptical');
  // Lerum: agree on 4.1.1 (supports), disagree on 5.4.
  tag(p, 'Anna', 'Lerums kommun tillstyrker förslaget', 'p411', 'supports', 1);
  tag(p, 'Bo', 'Lerums kommun tillstyrker förslaget', 'p411', 'supports', 1);
  tag(p, 'Anna', 'tillstyrker även att kommuner får anställa läkare', 'p54', 'supports', 1);
  tag(p, 'Bo', 'tillstyrker även att kommuner får anställa läkare', 'p54', 'conditional', 1);
  return p;
}

async function contextFor(p: SharingProject, dir: string): Promise<AppContext> {
  const file = p.session.path;
  p.session.close();
  const ctx = new AppContext({
    dataDir: dir,
    mode: 'browser',
    version: 'test',
    backup: { intervalMinutes: 0, keep: 1, onOpen: false },
  });
  await ctx.start(file);
  return ctx;
}

async function call<T>(ctx: AppContext, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('agreement through the channel', () => {
  it('gives percentage, kappa and alpha matching the hand computation, and lists the disagreements', async () => {
    const dir = tempDir();
    const ctx = await contextFor(await twoCoders(dir), dir);
    const report = await call<{
      overall: { units: number; percentAgreement: number; kappa: number; alpha: number; spanF1: number };
      byProposal: { codeId: string; stats: { percentAgreement: number } }[];
      disagreements: { codeId: string; coders: { stances: string[] }[]; settled: unknown }[];
    }>(ctx, 'sharing:agreement', {});
    // Units (document × proposal): Anna = s,o,n,s,s; Bo = s,o,sc,s,c. Three of five agree: Po = 0.6.
    // Cohen: Anna s 3/5, o 1/5, n 1/5; Bo s 2/5, o 1/5, sc 1/5, c 1/5 → Pe = 6/25 + 1/25 = 0.28.
    expect(report.overall.units).toBe(5);
    expect(report.overall.percentAgreement).toBeCloseTo(0.6, 10);
    expect(report.overall.kappa).toBeCloseTo((0.6 - 0.28) / (1 - 0.28), 10);
    // Krippendorff (nominal): 10 values, s×5 o×2 n×1 sc×1 c×1; Do = 2·2/10 = 0.4;
    // De = (10² − (25+4+1+1+1)) / (10·9) = 68/90; α = 1 − Do/De = 1 − 36/68.
    expect(report.overall.alpha).toBeCloseTo(1 - 36 / 68, 10);
    expect(report.byProposal.find((p) => p.codeId === 'p411')!.stats.percentAgreement).toBe(1);
    expect(report.disagreements.map((d) => d.codeId).sort()).toEqual(['p54', 'p711']);
    ctx.close();
  });

  it('settles a disagreement into the settling coder’s annotation and marks it settled', async () => {
    const dir = tempDir();
    const ctx = await contextFor(await twoCoders(dir), dir);
    await call(ctx, 'coders:setCurrent', { name: 'Bo' });
    const report = await call<{ disagreements: { documentId: string; codeId: string }[] }>(
      ctx,
      'sharing:agreement',
      {},
    );
    const d = report.disagreements.find((x) => x.codeId === 'p711')!;
    const settled = await call<{ created: boolean; adjusted: number }>(ctx, 'sharing:reconcile', {
      documentId: d.documentId,
      codeId: 'p711',
      stanceId: 'no_position',
    });
    expect(settled).toMatchObject({ created: false, adjusted: 1 });
    const after = await call<{
      disagreements: { codeId: string; settled: { stanceId: string; by: string } | null }[];
    }>(ctx, 'sharing:agreement', {});
    expect(after.disagreements.map((x) => x.codeId)).toEqual(['p54']);

    await call(ctx, 'coders:setCurrent', { name: 'Avstämning' });
    const p54 = after.disagreements[0]! as unknown as { documentId: string };
    const made = await call<{ created: boolean; annotation: { exact: string; comment: string } }>(
      ctx,
      'sharing:reconcile',
      { documentId: p54.documentId, codeId: 'p54', stanceId: 'conditional' },
    );
    expect(made.created).toBe(true);
    expect(made.annotation.exact).toBe('tillstyrker även att kommuner får anställa läkare');
    expect(made.annotation.comment).toMatch(/Anna: Tillstyrker; Bo: Tillstyrker delvis/);
    const again = await call<{ disagreements: { settled: { stanceId: string; by: string } | null }[] }>(
      ctx,
      'sharing:agreement',
      {
        coderIds: listCoders(ctx.project().db)
          .filter((c) => c.name !== 'Avstämning')
          .map((c) => c.id),
      },
    );
    expect(again.disagreements[0]!.settled).toMatchObject({ stanceId: 'conditional', by: 'Avstämning' });
    ctx.close();
  });
});

describe('REFI-QDA through the channels', () => {
  it('exports a .qdpx whose project.qde validates against Project.xsd, and imports it as a new project', async () => {
    const dir = tempDir();
    const team = await twoCoders(dir);
    // A passage after a character outside the Basic Multilingual Plane (REFI counts code points).
    tag(team, 'Anna', 'avstår från att ta ställning', 'p711', 'no_position', 1);
    const ctx = await contextFor(team, dir);
    const original = listAllAnnotations(ctx.project().db);
    const { fileName, base64 } = await call<{ fileName: string; base64: string }>(
      ctx,
      'sharing:exportQdpx',
      {},
    );
    expect(fileName).toBe('team.qdpx');
    const files = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
    expect(validateAgainstProjectXsd(strFromU8(files['project.qde']!))).toBe('');

    const result = await call<{ documents: number; annotations: number; codes: number; coders: number }>(
      ctx,
      'sharing:importQdpx',
      { fileName, base64, mode: 'new-project', newProjectPath: path.join(dir, 'kopia') },
    );
    expect(result).toMatchObject({ documents: 2, annotations: original.length, codes: 3, coders: 2 });
    expect(ctx.project().path).toBe(path.join(dir, 'kopia.remisskod'));
    const imported = listAllAnnotations(ctx.project().db);
    const quotes = (list: typeof original) => list.map((a) => `${a.exact}|${a.tags[0]!.stanceId}`).sort();
    expect(quotes(imported)).toEqual(quotes(original));
    expect(imported.every((a) => a.origin === 'import')).toBe(true);

    const twice = await call<{ documents: number; annotations: number; unchanged: number }>(
      ctx,
      'sharing:importQdpx',
      { fileName, base64, mode: 'into-current' },
    );
    expect(twice).toMatchObject({ documents: 0, annotations: 0, unchanged: original.length });
    ctx.close();
  });

  it('refuses a damaged .qdpx and an empty codebook with clear messages', async () => {
    const dir = tempDir();
    const ctx = await contextFor(await sharingProject(dir, 'tom', [], false), dir);
    const bad = await dispatch(ctx, 'sharing:importQdpx', {
      fileName: 'trasig.qdpx',
      base64: Buffer.from('inte en zip').toString('base64'),
      mode: 'new-project',
      newProjectPath: path.join(dir, 'ny'),
    });
    expect(!bad.ok && bad.error.message).toMatch(/trasig\.qdpx cannot be imported/);
    expect(ctx.project().path).toBe(path.join(dir, 'tom.remisskod'));
    const empty = await dispatch(ctx, 'sharing:exportQdc', {});
    expect(!empty.ok && empty.error.code).toBe('codebook_empty_export');
    ctx.close();
  });
});
