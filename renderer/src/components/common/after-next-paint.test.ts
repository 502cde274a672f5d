// Tests that after-paint work waits for the frame and then for idle time, and can be cancelled at either step.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

function fakeFrameAndIdle() {
  const frames: (() => void)[] = [];
  const idles: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  vi.stubGlobal('requestIdleCallback', (f: () => void) => idles.push(f));
  vi.stubGlobal('cancelIdleCallback', (id: number) => (idles[id - 1] = () => {}));
  return {
    frame: () => frames.splice(0).forEach((f) => f()),
    idle: () => idles.splice(0).forEach((f) => f()),
  };
}

describe('afterNextPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the callback after the next frame, once the page is idle', () => {
    const page = fakeFrameAndIdle();
    const done = vi.fn();
    afterNextPaint(done);
    page.idle();
    expect(done).not.toHaveBeenCalled();
    page.frame();
    expect(done).not.toHaveBeenCalled();
    page.idle();
    expect(done).toHaveBeenCalledOnce();
  });

  it('can be cancelled before the frame and between the frame and idle time', () => {
    const page = fakeFrameAndIdle();
    const early = vi.fn();
    const late = vi.fn();
    afterNextPaint(early)();
    const cancelLate = afterNextPaint(late);
    page.frame();
    cancelLate();
    page.idle();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });

  it('falls back to a timer where the browser has no idle callbacks', async () => {
    fakeFrameAndIdle();
    vi.stubGlobal('requestIdleCallback', undefined);
    let frame: () => void = () => {};
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => ((frame = f), 1));
    const done = vi.fn();
    afterNextPaint(done);
    frame();
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toHaveBeenCalledOnce();
  });
});
