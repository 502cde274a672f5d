// Progress reporting and event-loop yielding for long exports, so the app stays responsive.

export type ExportProgress = (done: number, total: number) => void;

export interface ExportOptionsBase {
  /** Called every `yieldEvery` items and once at the end. */
  onProgress?: ExportProgress;
  /** Items between yields to the event loop (default 500). */
  yieldEvery?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ProgressTicker {
  /** Counts one item; every N items reports progress and lets other work run. */
  tick(): Promise<void>;
  done(): void;
}

export function createTicker(total: number, options: ExportOptionsBase = {}): ProgressTicker {
  const every = Math.max(1, options.yieldEvery ?? 500);
  let count = 0;
  return {
    async tick() {
      count += 1;
      if (count % every === 0) {
        options.onProgress?.(count, total);
        await yieldToEventLoop();
      }
    },
    done() {
      options.onProgress?.(total, total);
    },
  };
}
