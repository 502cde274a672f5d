// Decorates a long document's blocks progressively: the first screens at once, the rest at idle time, viewport first.
import { useEffect, useState } from 'react';
import { createDecorationSchedule, type DecorationSchedule } from './decoration-schedule';

type IdleHandle = { cancel(): void };

function whenIdle(run: () => void): IdleHandle {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 200 });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = window.setTimeout(run, 16);
  return { cancel: () => window.clearTimeout(id) };
}

/** The block shown in the middle of the editor's scroll view, if any. */
function blockInView(root: HTMLElement | null): number | null {
  const rect = root?.getBoundingClientRect();
  if (!rect) return null;
  const x = rect.left + Math.min(rect.width / 2, 40);
  const y = (Math.max(rect.top, 0) + Math.min(window.innerHeight, rect.bottom)) / 2;
  const hit = document.elementFromPoint(x, y)?.closest('[data-block-index]');
  const index = Number(hit?.getAttribute('data-block-index'));
  return Number.isInteger(index) ? index : null;
}

/**
 * The schedule and a version that changes whenever more blocks became ready (use it in `decorate`'s
 * dependencies). `finishKey` changing after mount (e.g. a reveal request) decorates everything at once.
 */
export function useDecorationSchedule(
  blockCount: number,
  editorRoot: () => HTMLElement | null,
  finishKey: unknown,
  /** False while the document is parked: its remaining steps wait, so they do not slow the shown one. */
  active = true,
): { schedule: DecorationSchedule; version: number } {
  const [schedule] = useState(() => createDecorationSchedule(blockCount));
  const [version, setVersion] = useState(0);
  const [initialFinishKey] = useState(finishKey);

  useEffect(() => {
    if (finishKey === initialFinishKey || schedule.done()) return;
    schedule.finish();
    setVersion((v) => v + 1);
  }, [finishKey, initialFinishKey, schedule]);

  useEffect(() => {
    if (schedule.done() || !active) return;
    const handle = whenIdle(() => {
      if (schedule.step(blockInView(editorRoot()))) setVersion((v) => v + 1);
    });
    return () => handle.cancel();
    // one step per committed version; editorRoot is read when the step runs
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, schedule, active]);

  return { schedule, version };
}
