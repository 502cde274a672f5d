// Which blocks get their highlights drawn yet: the top of the document at once, the rest in idle-time chunks, viewport first.

/** Documents with at most this many blocks are decorated in full at once. */
export const DECORATE_ALL_AT_ONCE = 200;
/** Blocks decorated on the first render of a long document (covers the first screens). */
export const FIRST_BLOCKS = 60;
/** Blocks added per idle-time step. */
export const STEP_BLOCKS = 150;

export interface DecorationSchedule {
  /** True when the block's highlights may be drawn. */
  isReady(block: number): boolean;
  /** True when every block is ready. */
  done(): boolean;
  /** Marks the blocks around `near` ready when they are not, else the next chunk after the sweep; true if anything changed. */
  step(near: number | null): boolean;
  /** Marks every block ready. */
  finish(): void;
}

export function createDecorationSchedule(blockCount: number): DecorationSchedule {
  const ready = new Uint8Array(blockCount);
  let readyCount = 0;
  let sweep = 0;
  const mark = (from: number, to: number): boolean => {
    let changed = false;
    for (let b = Math.max(0, from); b < Math.min(blockCount, to); b++) {
      if (ready[b]) continue;
      ready[b] = 1;
      readyCount++;
      changed = true;
    }
    return changed;
  };
  if (blockCount <= DECORATE_ALL_AT_ONCE) mark(0, blockCount);
  else mark(0, FIRST_BLOCKS);
  return {
    isReady: (block) => block >= blockCount || ready[block] === 1,
    done: () => readyCount >= blockCount,
    step(near) {
      if (near !== null && mark(near - STEP_BLOCKS / 3, near + (2 * STEP_BLOCKS) / 3)) return true;
      while (sweep < blockCount && ready[sweep]) sweep++;
      const from = sweep;
      return mark(from, from + STEP_BLOCKS);
    },
    finish() {
      mark(0, blockCount);
    },
  };
}
