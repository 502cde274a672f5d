// Tests for the order in which blocks get their highlights.
import { describe, expect, it } from 'vitest';
import {
  createDecorationSchedule,
  DECORATE_ALL_AT_ONCE,
  FIRST_BLOCKS,
  STEP_BLOCKS,
} from './decoration-schedule';

describe('createDecorationSchedule', () => {
  it('decorates short documents at once', () => {
    const s = createDecorationSchedule(DECORATE_ALL_AT_ONCE);
    expect(s.done()).toBe(true);
    expect(s.isReady(DECORATE_ALL_AT_ONCE - 1)).toBe(true);
  });

  it('starts long documents with the first blocks and sweeps the rest', () => {
    const s = createDecorationSchedule(1000);
    expect(s.isReady(FIRST_BLOCKS - 1)).toBe(true);
    expect(s.isReady(FIRST_BLOCKS)).toBe(false);
    expect(s.step(null)).toBe(true);
    expect(s.isReady(FIRST_BLOCKS + STEP_BLOCKS - 1)).toBe(true);
    let steps = 0;
    while (!s.done() && steps++ < 100) s.step(null);
    expect(s.done()).toBe(true);
    expect(s.step(null)).toBe(false);
  });

  it('decorates around the viewport first', () => {
    const s = createDecorationSchedule(1000);
    expect(s.step(700)).toBe(true);
    expect(s.isReady(700)).toBe(true);
    expect(s.isReady(300)).toBe(false);
    // the viewport is ready, so the next step continues the sweep
    expect(s.step(700)).toBe(true);
    expect(s.isReady(FIRST_BLOCKS)).toBe(true);
  });

  it('finishes on request', () => {
    const s = createDecorationSchedule(1000);
    s.finish();
    expect(s.done()).toBe(true);
  });
});
