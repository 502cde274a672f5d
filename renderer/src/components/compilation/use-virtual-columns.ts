// Windowing for wide tables with fixed column width: which columns to render for the scrolled viewport.
import type { RefObject } from 'react';
import { useAfterFirstPaint, useScrollerView } from './use-scroller-view';
import { virtualWindow } from './use-virtual-rows';

export interface ColumnWindow {
  from: number;
  to: number;
  /** Width of the columns left out before `from` and after `to`, in px. */
  padLeft: number;
  padRight: number;
}

/**
 * Columns `from`–`to` cover the viewport: scrolled `scrollLeft` px, `viewport` px wide, of which the
 * first `fixedLeft` px are covered by a sticky first column.
 */
export function columnWindow(
  count: number,
  columnWidth: number,
  scrollLeft: number,
  viewport: number,
  fixedLeft: number,
  overscan = 1,
): ColumnWindow {
  // the same window as rows, over the part of the viewport the sticky column leaves free
  const w = virtualWindow(count, columnWidth, scrollLeft, Math.max(0, viewport - fixedLeft), overscan);
  return { from: w.from, to: w.to, padLeft: w.padTop, padRight: w.padBottom };
}

/** Like `useVirtualRows`, across: measured before the first paint, one spare column each side after it. */
export function useVirtualColumns(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  columnWidth: number,
  fixedLeft: number,
): ColumnWindow {
  const view = useScrollerView(
    scroller,
    { left: 0, width: 0 },
    (el) => ({ left: el.scrollLeft, width: el.clientWidth || window.innerWidth }),
    (a, b) => a.left === b.left && a.width === b.width,
  );
  const overscan = useAfterFirstPaint(0, 1);
  return columnWindow(count, columnWidth, view.left, view.width, fixedLeft, overscan);
}
