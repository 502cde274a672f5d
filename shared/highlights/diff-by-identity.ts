// What was taken out of and put into a list, comparing items by identity (unchanged items are the same objects).

/**
 * The items only in `before` and only in `after`. The common head and tail are skipped pointer by
 * pointer, so adding, changing or removing one item of a long sorted list costs a walk over the
 * list and no hashing of it. An item that only moved counts as neither.
 */
export function diffByIdentity<T>(before: readonly T[], after: readonly T[]): { removed: T[]; added: T[] } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > head && endAfter > head && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const oldMiddle = before.slice(head, endBefore);
  const newMiddle = after.slice(head, endAfter);
  if (!oldMiddle.length || !newMiddle.length) return { removed: oldMiddle, added: newMiddle };
  const inOld = new Set(oldMiddle);
  const inNew = new Set(newMiddle);
  return {
    removed: oldMiddle.filter((item) => !inNew.has(item)),
    added: newMiddle.filter((item) => !inOld.has(item)),
  };
}
