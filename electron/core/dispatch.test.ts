import { describe, expect, it } from 'vitest';
import { AppContext } from './app-context';
import { dispatch } from './dispatch';
import { makeProject } from './test-support/make-project';
import { useTempDir } from './test-support/temp-dir';

const tempDir = useTempDir();

async function context() {
  const dir = tempDir();
  const { session, documentId } = await makeProject(dir);
  session.close();
  const ctx = new AppContext({ dataDir: dir, mode: 'browser', version: 'test' });
  await ctx.start(session.path);
  return { ctx, documentId };
}

describe('dispatch (contract validation at the receiving side)', () => {
  it('rejects a malformed request with a clear error naming the field', async () => {
    const { ctx, documentId } = await context();
    const result = await dispatch(ctx, 'annotations:create', { documentId, start: 'zero', end: 5, tags: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_request');
      expect(result.error.message).toMatch(/start/);
      expect(result.error.message).toMatch(/tags/);
    }
    ctx.close();
  });

  it('rejects unknown fields, unknown channels and an end before the start', async () => {
    const { ctx, documentId } = await context();
    const extra = await dispatch(ctx, 'documents:list', { sneaky: true });
    expect(extra.ok).toBe(false);
    const unknown = await dispatch(ctx, 'documents:drop', {});
    expect(!unknown.ok && unknown.error.code).toBe('unknown_channel');
    const backwards = await dispatch(ctx, 'annotations:create', {
      documentId,
      start: 10,
      end: 5,
      tags: [{ codeId: 'p1', stanceId: null }],
    });
    expect(!backwards.ok && backwards.error.message).toMatch(/end must be after start/);
    ctx.close();
  });

  it('runs a valid request end to end and records the current coder', async () => {
    const { ctx, documentId } = await context();
    ctx.setCoderName('Karin');
    const result = await dispatch(ctx, 'annotations:create', {
      documentId,
      start: 0,
      end: 7,
      tags: [{ codeId: 'p1', stanceId: 'supports' }],
    });
    expect(result.ok).toBe(true);
    const coders = await dispatch(ctx, 'coders:list', {});
    expect(coders.ok && (coders.value as { name: string }[]).map((c) => c.name)).toContain('Karin');
    ctx.close();
  });
});
