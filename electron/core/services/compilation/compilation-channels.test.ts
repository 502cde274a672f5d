// The compilation channels (matrix, proposal view, charts, exports) answered by a real project file.
import { afterEach, describe, expect, it } from 'vitest';
import { exportResultSchema } from '../../../../shared/api/channels/compilation';
import { unpackCell, type PackedMatrix } from '../../../../shared/compilation/matrix-wire';
import { AppContext } from '../../app-context';
import { dispatch } from '../../dispatch';
import { useTempDir } from '../../test-support/temp-dir';
import { jobRegistryFor } from '../job-registry';
import { compilationProject } from './compilation-fixture';

const tempDir = useTempDir();
const open: AppContext[] = [];
afterEach(() => open.splice(0).forEach((ctx) => ctx.close()));

async function context() {
  const dir = tempDir();
  const project = await compilationProject(dir);
  const [kalmar, blekinge] = project.documentIds as [string, string];
  project.session.close();
  const ctx = new AppContext({ dataDir: dir, mode: 'browser', version: 'test' });
  await ctx.start(project.session.path);
  open.push(ctx);
  const call = async (channel: string, input: unknown) => {
    const result = await dispatch(ctx, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as never;
  };
  return { ctx, call, kalmar, blekinge };
}

describe('compilation channels on a real project', () => {
  it('the matrix puts each respondent’s stance in the right cell, with totals per proposal', async () => {
    const { call } = await context();
    const m: PackedMatrix = await call('compilation:matrix', {});
    expect(m.respondents.map((r) => r.respondent)).toEqual(['Kalmar kommun', 'Region Blekinge']);
    expect(m.proposals.map((p) => p.section)).toEqual(['4.1.1', '5.4', '7.1.1']);
    const stance = (r: number, p: number) =>
      unpackCell(m.stances, m.cells[r]![p]!)?.stances.map((s) => s.stanceId) ?? null;
    expect(stance(0, 0)).toEqual(['supports']);
    expect(stance(0, 1)).toEqual(['opposes']);
    expect(stance(1, 0)).toBeNull();
    expect(stance(1, 1)).toEqual(['sceptical']);
    expect(m.totals[1]).toMatchObject({ respondents: 2, byStance: { opposes: 1, sceptical: 1 } });
  });

  it('the matrix shows an annotation tagged, changed or deleted after it was first built', async () => {
    const { call, blekinge } = await context();
    const cell = async () => {
      const m: PackedMatrix = await call('compilation:matrix', {});
      return unpackCell(m.stances, m.cells[1]![0]!);
    };
    expect(await cell()).toBeNull(); // Blekinge × 4.1.1, read once (and cached)
    const created: { id: string } = await call('annotations:create', {
      documentId: blekinge,
      start: 0,
      end: 6,
      tags: [{ codeId: 'p411', stanceId: 'opposes' }],
      comment: '',
    });
    expect((await cell())?.stances.map((s) => s.stanceId)).toEqual(['opposes']);
    await call('annotations:update', { id: created.id, tags: [{ codeId: 'p411', stanceId: 'supports' }] });
    expect((await cell())?.stances.map((s) => s.stanceId)).toEqual(['supports']);
    await call('annotations:delete', { id: created.id });
    expect(await cell()).toBeNull();
  });

  it('the matrix kept from an earlier read shows a respondent renamed since', async () => {
    const { call, blekinge } = await context();
    const names = async () =>
      ((await call('compilation:matrix', {})) as PackedMatrix).respondents.map((r) => r.respondent);
    expect(await names()).toEqual(['Kalmar kommun', 'Region Blekinge']);
    expect(await names()).toEqual(['Kalmar kommun', 'Region Blekinge']); // answered from the cache
    await call('documents:updateMeta', { id: blekinge, respondent: 'Region Blekinge (regionstyrelsen)' });
    expect(await names()).toEqual(['Kalmar kommun', 'Region Blekinge (regionstyrelsen)']);
  });

  it('tells whether the file changed since a matrix was counted, by any write', async () => {
    const { call, blekinge } = await context();
    const { version } = (await call('compilation:matrix', {})) as { version: string };
    const changed = async (v: string) =>
      ((await call('compilation:changedSince', { version: v })) as { changed: boolean }).changed;
    expect(await changed(version)).toBe(false);
    await call('documents:setMemo', { id: blekinge, memo: 'Läst.' });
    expect(await changed(version)).toBe(true);
    const fresh = ((await call('compilation:matrix', {})) as { version: string }).version;
    expect(fresh).not.toBe(version);
    expect(await changed(fresh)).toBe(false);
  });

  it('a version from another session of the same file never counts as current', async () => {
    const first = await context();
    const { version } = (await first.call('compilation:matrix', {})) as { version: string };
    const second = await context();
    expect(
      ((await second.call('compilation:changedSince', { version })) as { changed: boolean }).changed,
    ).toBe(true);
  });

  it('filters the matrix by coder', async () => {
    const { call, ctx } = await context();
    const bo = ctx.project().db.prepare("SELECT id FROM coders WHERE name = 'Bo'").get() as { id: string };
    const m: { totals: { respondents: number }[] } = await call('compilation:matrix', {
      filter: { coderIds: [bo.id] },
    });
    expect(m.totals.map((t) => t.respondents)).toEqual([0, 0, 2]);
  });

  it('the proposal view groups excerpts by stance with reference, coder and position', async () => {
    const { call, kalmar, blekinge } = await context();
    const p: {
      countsLine: string;
      groups: {
        label: string;
        respondents: {
          respondent: string;
          documentId: string;
          excerpts: { quote: string; coder: string; reference: string; start: number }[];
        }[];
      }[];
    } = await call('compilation:proposal', { codeId: 'p54', locale: 'sv' });
    expect(p.countsLine).toBe('Tveksam: 1 · Avstyrker: 1');
    expect(p.groups.map((g) => g.label)).toEqual(['Tveksam', 'Avstyrker']);
    const sceptical = p.groups[0]!.respondents[0]!;
    expect(sceptical).toMatchObject({ respondent: 'Region Blekinge', documentId: blekinge });
    expect(sceptical.excerpts[0]).toMatchObject({
      quote: 'ställer sig tveksam till förslaget om läkarmedverkan',
      coder: 'Anna',
      reference: 'st. 2',
    });
    expect(p.groups[1]!.respondents[0]!.documentId).toBe(kalmar);
    expect(p.groups[1]!.respondents[0]!.excerpts[0]!.start).toBeGreaterThan(0);
  });

  it('refuses an unknown proposal with a clear error', async () => {
    const { ctx } = await context();
    const result = await dispatch(ctx, 'compilation:proposal', { codeId: 'nope' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('code_not_found');
  });

  it('charts count respondents per stance per proposal and per respondent type', async () => {
    const { call } = await context();
    const c: {
      stances: { stanceId: string }[];
      byProposal: { label: string; counts: number[] }[];
      byRespondentType: { label: string; counts: number[] }[];
    } = await call('compilation:charts', { locale: 'sv' });
    const at = (counts: number[], id: string) => counts[c.stances.findIndex((s) => s.stanceId === id)];
    expect(c.byProposal[2]!.label).toBe('7.1.1 Nationell samordnare');
    expect(at(c.byProposal[2]!.counts, 'supports')).toBe(1);
    expect(at(c.byProposal[2]!.counts, 'no_position')).toBe(1);
    expect(c.byRespondentType.map((t) => t.label)).toEqual(['Kommun', 'Region']);
    expect(at(c.byRespondentType[0]!.counts, 'opposes')).toBe(1);
  });

  it('export:start runs as a job with progress and returns the file', async () => {
    const { call, ctx } = await context();
    const { jobId }: { jobId: string } = await call('export:start', { format: 'md', locale: 'sv' });
    const status = await jobRegistryFor(ctx).wait(jobId);
    expect(status).toMatchObject({ finished: true, error: null, done: 100, total: 100 });
    const file = exportResultSchema.parse(status.result);
    expect(file.fileName).toMatch(/^remissammanställning-sammanställning-\d{4}-\d\d-\d\d\.md$/);
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text).toContain('Sammanställning');
    expect(text).toContain('ställer sig tveksam till förslaget om läkarmedverkan');
  });
});
