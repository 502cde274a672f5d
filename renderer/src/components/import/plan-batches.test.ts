// Tests for splitting an import into requests: too-large files are refused by name, batches stay under the limits.
import { describe, expect, it } from 'vitest';
import { planBatches } from './plan-batches';

const limits = { fileBytes: 100, requestBytes: 150, requestFiles: 3 };
const f = (name: string, size: number) => ({ name, size });

describe('planBatches', () => {
  it('keeps a normal batch in one request, in order', () => {
    expect(planBatches([f('a.pdf', 10), f('b.docx', 20)], limits)).toEqual({
      tooLarge: [],
      batches: [[f('a.pdf', 10), f('b.docx', 20)]],
    });
  });

  it('refuses files over the per-file limit by name and never sends them', () => {
    const plan = planBatches([f('stor.pdf', 101), f('liten.pdf', 5)], limits);
    expect(plan.tooLarge.map((x) => x.name)).toEqual(['stor.pdf']);
    expect(plan.batches).toEqual([[f('liten.pdf', 5)]]);
  });

  it('starts a new request when the bytes or the file count would pass the limit', () => {
    const plan = planBatches([f('a', 90), f('b', 90), f('c', 1), f('d', 1), f('e', 1)], limits);
    expect(plan.batches.map((b) => b.map((x) => x.name))).toEqual([['a'], ['b', 'c', 'd'], ['e']]);
  });
});
