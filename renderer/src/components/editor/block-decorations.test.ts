// Tests for the cached per-block decoration ranges.
import { describe, expect, it } from 'vitest';
import { createBlockDecorator, type HighlightRun } from './block-decorations';

const look = { className: 'hl', style: {}, title: '' };

describe('createBlockDecorator', () => {
  it('builds ranges for highlights and suggestions', () => {
    const decorate = createBlockDecorator();
    const runs: HighlightRun[] = [{ from: 1, to: 4, ids: ['a'], look }];
    const out = decorate([3, 0], runs, [{ from: 2, to: 5, ids: ['s'] }]);
    expect(out).toEqual([
      { anchor: { path: [3, 0], offset: 1 }, focus: { path: [3, 0], offset: 4 }, hl: ['a'], look },
      { anchor: { path: [3, 0], offset: 2 }, focus: { path: [3, 0], offset: 5 }, sg: ['s'] },
    ]);
  });

  it('returns the same array while the runs are the same arrays', () => {
    const decorate = createBlockDecorator();
    const runs: HighlightRun[] = [{ from: 0, to: 2, ids: ['a'], look }];
    const first = decorate([0, 0], runs, undefined);
    expect(decorate([0, 0], runs, undefined)).toBe(first);
    expect(decorate([0, 0], [...runs], undefined)).not.toBe(first);
  });

  it('returns one shared empty array for undecorated blocks', () => {
    const decorate = createBlockDecorator();
    expect(decorate([0, 0], undefined, undefined)).toBe(decorate([1, 0], [], undefined));
  });
});
