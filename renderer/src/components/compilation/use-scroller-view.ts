// What a windowed table needs from its scroller: its scroll position and size, and "after the first frame".
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { usePaintedOnce } from '../common/use-painted-once';

/** `initial` until the component's first frame is painted, `later` from then on. */
export function useAfterFirstPaint<T>(initial: T, later: T): T {
  return usePaintedOnce() ? later : initial;
}

/**
 * `read(scroller)`, read before the first paint and again on every scroll and size change (the
 * window's, or the excerpt panel beside the table opening or closing). A reading equal to the last
 * (`same`) keeps the old value, so the table does not re-render. `initial` stands until measured.
 */
export function useScrollerView<T>(
  scroller: RefObject<HTMLElement | null>,
  initial: T,
  read: (el: HTMLElement) => T,
  same: (a: T, b: T) => boolean,
): T {
  const [view, setView] = useState(initial);
  const latest = useRef({ read, same });
  latest.current = { read, same };
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      const next = latest.current.read(el);
      setView((v) => (latest.current.same(v, next) ? v : next));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      resized.disconnect();
    };
  }, [scroller]);
  return view;
}
