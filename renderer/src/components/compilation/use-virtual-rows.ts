// Windowing for long tables with fixed row height: which rows to render for the scrolled viewport.
import { useEffect, useState, type RefObject } from 'react';

export interface VirtualWindow {
  from: number;
  to: number;
  padTop: number;
  padBottom: number;
}

export function virtualWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan = 3,
): VirtualWindow {
  const from = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const to = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { from, to, padTop: from * rowHeight, padBottom: (count - to) * rowHeight };
}

export function useVirtualRows(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
): VirtualWindow {
  const [view, setView] = useState({ top: 0, height: 900 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight || 900 });
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      el.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [scroller]);
  return virtualWindow(count, rowHeight, view.top, view.height);
}
