// Tests for the background job registry: progress, results, errors, cancelling and responsiveness.
import { describe, expect, it } from 'vitest';
import { JobRegistry, jobRegistryFor } from './job-registry';

const busy = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // burn time like a real step
  }
};

describe('JobRegistry', () => {
  it('returns an id at once and reports progress and the result', async () => {
    const jobs = new JobRegistry();
    const seen: number[] = [];
    const id = jobs.start({
      kind: 'sum',
      items: [1, 2, 3, 4],
      step: (n) => void seen.push(n),
      finish: () => seen.reduce((a, b) => a + b, 0),
    });
    expect(jobs.status(id)).toMatchObject({ done: 0, total: 4, finished: false });
    const final = await jobs.wait(id);
    expect(final).toMatchObject({ kind: 'sum', done: 4, total: 4, finished: true, error: null, result: 10 });
  });

  it('lets other work run between slices', async () => {
    const jobs = new JobRegistry();
    const id = jobs.start({
      kind: 'slow',
      items: Array.from({ length: 20 }, (_, i) => i),
      step: () => busy(5),
      finish: () => 'ok',
      sliceMs: 10,
    });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await jobs.wait(id);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(2);
  });

  it('reports an error instead of throwing', async () => {
    const jobs = new JobRegistry();
    const id = jobs.start({
      kind: 'fails',
      items: [1, 2],
      step: (n) => {
        if (n === 2) throw new Error('kaputt');
      },
      finish: () => null,
    });
    expect(await jobs.wait(id)).toMatchObject({ finished: true, error: 'kaputt', done: 1 });
  });

  it('stops when cancelled and refuses unknown ids', async () => {
    const jobs = new JobRegistry();
    const id = jobs.start({
      kind: 'long',
      items: Array.from({ length: 1000 }, (_, i) => i),
      step: () => busy(1),
      finish: () => 'partial',
      sliceMs: 2,
    });
    jobs.cancel(id);
    const final = await jobs.wait(id);
    expect(final.cancelled).toBe(true);
    expect(final.done).toBeLessThan(1000);
    expect(() => jobs.status('nope')).toThrow(/No job/);
  });

  it('keeps one registry per owner', () => {
    const owner = {};
    expect(jobRegistryFor(owner)).toBe(jobRegistryFor(owner));
    expect(jobRegistryFor({})).not.toBe(jobRegistryFor(owner));
  });
});
