// Keeps the objects of a re-read list that did not change, so only the rows that did change re-render.

function shallowEqual(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `next`, with each item shallow-equal to the `previous` item of the same id replaced by that item; `previous` itself if all are. */
export function keepUnchanged<T extends { id: string }>(previous: readonly T[], next: T[]): T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  let same = previous.length === next.length;
  const kept = next.map((item, i) => {
    const old = before.get(item.id);
    const keep = old !== undefined && shallowEqual(old, item);
    if (!keep || previous[i] !== old) same = false;
    return keep ? old : item;
  });
  return same ? (previous as T[]) : kept;
}
