// Long lists paint a screenful of rows first; the rest follow once that frame is painted.
import { usePaintedOnce } from './use-painted-once';

/** How many of `count` rows to draw: at most `first` until they have been painted, then all. */
export function rowsToDraw(count: number, first: number, painted: boolean): number {
  return painted ? count : Math.min(count, first);
}

/**
 * `rowsToDraw` for a list that fills up once (a project's documents): the first frame lays out and
 * paints `first` rows, and every row is there from the frame after. Later lists draw all at once.
 */
export function useFirstRowsThenAll(count: number, first: number): number {
  return rowsToDraw(count, first, usePaintedOnce(count > first));
}
