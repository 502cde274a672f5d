// Runs writes one after another, so a change to a new annotation never reaches the backend before its creation.

/**
 * Returns `run(write)`: starts `write` once every write run before it has settled. With nothing in
 * flight it starts at once, in the caller's tick: the request goes out before React renders what
 * the caller changed, not after.
 */
export function createWriteQueue(): <T>(write: () => Promise<T>) => Promise<T> {
  let tail: Promise<void> | null = null;
  return <T>(write: () => Promise<T>): Promise<T> => {
    const start = (): Promise<T> => {
      try {
        return write();
      } catch (error) {
        return Promise.reject(error as Error);
      }
    };
    const result = tail ? tail.then(start) : start();
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    tail = settled;
    void settled.then(() => {
      if (tail === settled) tail = null;
    });
    return result;
  };
}
