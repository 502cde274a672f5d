// Long exports report progress and let other work run in between, so the UI never freezes.
import { describe, expect, it } from 'vitest';
import { buildCompilation } from '../../shared/compilation/build-compilation';
import { buildExcerptRows } from '../../shared/compilation/build-excerpt-rows';
import { exportExcerptsCsv } from './csv-export';
import { exportCompilationDocx } from './docx-export';
import { demoSnapshot } from './test-fixtures';

describe('export progress', () => {
  it('reports rising progress ending at the total, and yields to the event loop meanwhile', async () => {
    const model = buildExcerptRows(demoSnapshot(), {}, 'sv');
    const calls: [number, number][] = [];
    let otherWork = 0;
    const timer = setInterval(() => (otherWork += 1), 0);
    await exportExcerptsCsv(model, { yieldEvery: 2, onProgress: (done, total) => calls.push([done, total]) });
    clearInterval(timer);
    const total = model.rows.length;
    expect(calls.at(-1)).toEqual([total, total]);
    expect(calls.map(([d]) => d)).toEqual([...calls.map(([d]) => d)].sort((a, b) => a - b));
    expect(calls.length).toBeGreaterThan(total / 2 - 1);
    expect(otherWork).toBeGreaterThan(0);
  });

  it('reports progress for the Word compilation too', async () => {
    const calls: number[] = [];
    await exportCompilationDocx(buildCompilation(demoSnapshot(), {}, 'sv'), {
      yieldEvery: 1,
      onProgress: (d) => calls.push(d),
    });
    expect(calls.length).toBeGreaterThan(5);
  });
});
