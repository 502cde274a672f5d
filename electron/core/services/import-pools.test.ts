// Tests for the app's import parser: two worker pools when the worker exists, in-process with a log line when not.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportPools } from './import-pools';

const TS_WORKER = path.join(__dirname, '../../importers/import-worker.ts');
const text = (s: string) => new TextEncoder().encode(s);

describe('createImportPools', () => {
  it('parses files in two worker threads at once', async () => {
    const pools = createImportPools({ workerScript: TS_WORKER, workers: 2 });
    try {
      expect(pools).toMatchObject({ kind: 'worker', parallel: 2 });
      const docs = await Promise.all([
        pools.import('a.txt', text('Lunds kommun\n\nLunds kommun tillstyrker förslaget.')),
        pools.import('b.txt', text('Region Skåne\n\nRegion Skåne avstyrker förslaget.')),
      ]);
      expect(docs.map((d) => d.respondent)).toEqual(['Lunds kommun', 'Region Skåne']);
      await expect(pools.import('c.pdf', text('ingen pdf'))).rejects.toMatchObject({ code: 'corrupt_file' });
    } finally {
      await pools.close();
    }
  }, 60_000);

  it('falls back to parsing in this thread and says why when the worker script is missing', async () => {
    const lines: string[] = [];
    const pools = createImportPools({ workerScript: '/saknas/import-worker.cjs', log: (m) => lines.push(m) });
    expect(pools).toMatchObject({ kind: 'in-process', parallel: 1 });
    expect(lines.join('\n')).toMatch(/Import worker not found at \/saknas\/import-worker\.cjs/);
    const doc = await pools.import('a.txt', text('Lunds kommun\n\nLunds kommun tillstyrker förslaget.'));
    expect(doc.respondent).toBe('Lunds kommun');
  });
});
