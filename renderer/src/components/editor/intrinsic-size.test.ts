// Tests for the chunk height estimate.
import { describe, expect, it } from 'vitest';
import { blockLines, intrinsicSizeStyle } from './intrinsic-size';

describe('intrinsicSizeStyle', () => {
  it('gives an empty block one line and its gap', () => {
    expect(blockLines(0)).toBeCloseTo(1.6);
    expect(intrinsicSizeStyle([])).toEqual({ containIntrinsicSize: 'auto 1lh' });
  });
  it('grows with the text of every block in the chunk', () => {
    expect(blockLines(1080)).toBeCloseTo(10.6);
    expect(blockLines(1081)).toBeCloseTo(11.6);
    expect(intrinsicSizeStyle([1080, 1081, 10])).toEqual({ containIntrinsicSize: 'auto 24lh' });
  });
});
