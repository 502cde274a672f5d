import { describe, expect, it } from 'vitest';
import { rowsToDraw } from './use-first-rows-then-all';

describe('rowsToDraw', () => {
  it('draws at most the first rows until they are painted, then every row', () => {
    expect(rowsToDraw(300, 40, false)).toBe(40);
    expect(rowsToDraw(300, 40, true)).toBe(300);
  });
  it('draws a short list whole from the start', () => {
    expect(rowsToDraw(5, 40, false)).toBe(5);
    expect(rowsToDraw(0, 40, false)).toBe(0);
  });
});
