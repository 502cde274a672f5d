// "Has a frame been painted since this became ready?": false until then, true from then on.
import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * False until a frame has been painted while `ready` was true, then true for the component's
 * life. Work that need not be in that first frame (off-screen rows, spares) waits for it.
 */
export function usePaintedOnce(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  const waiting = ready && !painted;
  useEffect(() => (waiting ? afterNextPaint(() => setPainted(true)) : undefined), [waiting]);
  return painted;
}
