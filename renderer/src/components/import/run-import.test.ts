// Tests for the renderer's import run: progress with the current file name, outcomes gathered, cancel, too-large files never sent.
import { describe, expect, it } from 'vitest';
import { runImport, type ImportProgress, type RunImportOptions } from './run-import';

/** A fake backend whose job finishes one file per status poll; records the calls. */
function fakeBackend() {
  const calls: { channel: string; input: unknown }[] = [];
  let names: string[] = [];
  let done = 0;
  let cancelled = false;
  const call = (async (channel: string, input: unknown) => {
    calls.push({ channel, input });
    if (channel === 'import:start') {
      names = (input as { files: { name: string }[] }).files.map((f) => f.name);
      done = 0;
      cancelled = false;
      return { jobId: 'job-1' };
    }
    if (channel === 'import:cancel') {
      cancelled = true;
      return { jobId: 'job-1', cancelled: true };
    }
    const finished = done >= names.length || cancelled;
    const status = {
      id: 'job-1',
      kind: 'import',
      done,
      total: names.length,
      finished,
      cancelled,
      error: null,
      ...(finished
        ? {
            result: {
              outcomes: names.slice(0, done).map((fileName) =>
                fileName.endsWith('.bad')
                  ? { fileName, status: 'refused', code: 'corrupt_file', message: `${fileName}: damaged` }
                  : {
                      fileName,
                      status: 'imported',
                      documentId: `id-${fileName}`,
                      respondent: 'Kalmar kommun',
                    },
              ),
            },
          }
        : {}),
    };
    if (!finished) done++;
    return status;
  }) as RunImportOptions['call'];
  return { call, calls };
}

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

describe('runImport', () => {
  it('sends the files, reports progress with the current file and returns every outcome', async () => {
    const { call, calls } = fakeBackend();
    const seen: ImportProgress[] = [];
    const result = await runImport([file('a.pdf'), file('b.bad')], {
      call,
      onProgress: (p) => seen.push(p),
      isCancelled: () => false,
      pollMs: 0,
    });
    expect(result.cancelled).toBe(false);
    expect(result.outcomes.map((o) => [o.fileName, o.status])).toEqual([
      ['a.pdf', 'imported'],
      ['b.bad', 'refused'],
    ]);
    expect(seen).toContainEqual({ done: 0, total: 2, current: 'a.pdf' });
    expect(seen).toContainEqual({ done: 1, total: 2, current: 'b.bad' });
    expect(seen.at(-1)).toEqual({ done: 2, total: 2, current: null });
    const sent = calls.find((c) => c.channel === 'import:start')!.input as {
      files: { name: string; base64: string }[];
    };
    expect(sent.files.map((f) => f.name)).toEqual(['a.pdf', 'b.bad']);
    expect(atob(sent.files[0]!.base64)).toHaveLength(10);
  });

  it('refuses a file over the limit by name without sending it', async () => {
    const { call, calls } = fakeBackend();
    const huge = {
      name: 'enorm.pdf',
      size: 200 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('read')),
    } as unknown as File;
    const result = await runImport([huge, file('a.pdf')], {
      call,
      onProgress: () => {},
      isCancelled: () => false,
      pollMs: 0,
    });
    expect(result.outcomes[0]).toMatchObject({
      fileName: 'enorm.pdf',
      status: 'refused',
      code: 'file_too_large',
    });
    const sent = calls
      .filter((c) => c.channel === 'import:start')
      .flatMap((c) => (c.input as { files: { name: string }[] }).files);
    expect(sent.map((f) => f.name)).toEqual(['a.pdf']);
  });

  it('cancels the running job after its current file and reports the rest as skipped', async () => {
    const { call, calls } = fakeBackend();
    let polls = 0;
    const result = await runImport([file('a.pdf'), file('b.pdf'), file('c.pdf'), file('d.pdf')], {
      call,
      onProgress: () => void polls++,
      isCancelled: () => polls > 2,
      pollMs: 0,
    });
    expect(calls.some((c) => c.channel === 'import:cancel')).toBe(true);
    expect(result.cancelled).toBe(true);
    expect(result.outcomes.length + result.skipped).toBe(4);
    expect(result.skipped).toBeGreaterThan(0);
  });
});
