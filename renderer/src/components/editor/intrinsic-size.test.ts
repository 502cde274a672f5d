// Tests for the per-block height estimate.
import { describe, expect, it } from 'vitest';
import { intrinsicSizeStyle } from './intrinsic-size';

describe('intrinsicSizeStyle', () => {
  it('gives at least one line', () => {
    expect(intrinsicSizeStyle(0)).toEqual({ containIntrinsicSize: 'auto 1lh' });
  });
  it('grows with the text', () => {
    expect(intrinsicSizeStyle(900)).toEqual({ containIntrinsicSize: 'auto 10lh' });
    expect(intrinsicSizeStyle(901)).toEqual({ containIntrinsicSize: 'auto 11lh' });
  });
});
