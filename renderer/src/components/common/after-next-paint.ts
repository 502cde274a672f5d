// Runs a callback once the next frame has been painted (work that must not delay that frame).

/**
 * Calls `callback` after the next painted frame, when the page is idle: tasks already waiting
 * (a save's answer, input) go first. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelLater = (): void => {};
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') {
      // the timeout keeps it prompt on a page that is never idle
      const idle = requestIdleCallback(() => callback(), { timeout: 100 });
      cancelLater = () => cancelIdleCallback(idle);
    } else {
      const timer = setTimeout(callback, 0);
      cancelLater = () => clearTimeout(timer);
    }
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelLater();
  };
}
