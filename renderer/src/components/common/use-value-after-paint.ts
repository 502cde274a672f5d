// A value that follows its source once a frame has been painted, so a change shows first where it was made.
import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * `value`, except that a change shows only after the next painted frame (and idle time), so the
 * frame that shows the change where it was made (the new highlight) does not also lay out and
 * paint this part. A new `key` (another document) shows its value at once.
 */
export function useValueAfterPaint<T>(value: T, key: unknown): T {
  const [kept, setKept] = useState({ value, key });
  const sameKey = kept.key === key;
  const waiting = sameKey && !Object.is(kept.value, value);
  useEffect(() => {
    if (!sameKey) setKept({ value, key });
    else if (waiting) return afterNextPaint(() => setKept({ value, key }));
    return undefined;
  }, [sameKey, waiting, value, key]);
  return sameKey ? kept.value : value;
}
