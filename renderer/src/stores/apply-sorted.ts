// Applies added, changed and removed annotations to a list kept in reading order, without sorting it again.
import type { Annotation } from '../../../shared/domain/types';

const byPosition = (a: Annotation, b: Annotation): number => a.start - b.start || a.end - b.end;

/** Index after the last element not after `a` in reading order (so equal positions keep arrival order). */
function insertionPoint(list: readonly Annotation[], a: Annotation): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPosition(list[mid]!, a) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `list` (sorted by start, then end) without the annotations whose ids are in `remove`, with `added`
 * put in their places: the same as filtering, appending and sorting stably, for a copy and a binary
 * search per added annotation. Returns `list` itself when nothing in it changes.
 */
export function applySorted(
  list: Annotation[],
  remove: ReadonlySet<string>,
  added: readonly Annotation[],
): Annotation[] {
  // one scan finds whether anything goes (a new annotation's id is in no list yet)
  const removes = remove.size > 0 && list.some((a) => remove.has(a.id));
  if (!added.length && !removes) return list;
  const next = removes ? list.filter((a) => !remove.has(a.id)) : list.slice();
  if (added.length > 64) return [...next, ...added].sort(byPosition);
  for (const a of added) next.splice(insertionPoint(next, a), 0, a);
  return next;
}
