// Tests for the highlight colour classes.
import { describe, expect, it } from 'vitest';
import { backgroundAlpha, colourClass } from './colour-classes';

describe('colourClass', () => {
  it('names a class per colour and overlap depth, deeper overlaps sharing the darkest', () => {
    expect(colourClass('#2E7D32', 1)).toBe('hl-c-2e7d32-1');
    expect(colourClass('#2e7d32', 2)).toBe('hl-c-2e7d32-2');
    expect(colourClass('#2e7d32', 9)).toBe('hl-c-2e7d32-4');
  });
  it('never puts anything but a #rrggbb colour into a class name or rule', () => {
    expect(colourClass('red}body{display:none', 1)).toBe('hl-c-neutral');
  });
  it('darkens the background with each overlapping annotation, up to a limit', () => {
    expect(backgroundAlpha(1)).toBeCloseTo(0.22);
    expect(backgroundAlpha(2)).toBeCloseTo(0.36);
    expect(backgroundAlpha(10)).toBeCloseTo(0.6);
  });
});
