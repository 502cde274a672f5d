// Windowing for long tables with fixed row height: which rows to render for the scrolled viewport.
import type { RefObject } from 'react';
import { useAfterFirstPaint, useScrollerView } from './use-scroller-view';

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
  const from = Math.min(count, Math.max(0, Math.floor(scrollTop / rowHeight) - overscan));
  const to = Math.max(from, Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan));
  return { from, to, padTop: from * rowHeight, padBottom: (count - to) * rowHeight };
}

/** Rows rendered beyond the viewport, above and below, once the table has been painted. */
const OVERSCAN = 3;

/**
 * The rows to render for `scroller`'s viewport. `covered` gives the pixels of the viewport that rows
 * never show in (a sticky header and footer). The first render has no rows: the viewport is measured
 * before the first paint (laying out only the header and footer), so the first frame lays out just
 * the rows in view. The off-screen rows kept ready for scrolling are added after that frame.
 */
export function useVirtualRows(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  covered: () => number = () => 0,
): VirtualWindow {
  const view = useScrollerView(
    scroller,
    { top: 0, height: 0 },
    (el) => ({ top: el.scrollTop, height: Math.max(rowHeight, (el.clientHeight || 900) - covered()) }),
    (a, b) => a.top === b.top && a.height === b.height,
  );
  const overscan = useAfterFirstPaint(0, OVERSCAN);
  return virtualWindow(count, rowHeight, view.top, view.height, overscan);
}
