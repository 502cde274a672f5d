// An in-memory registry of background jobs that work through a list in time-sliced chunks, with progress.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/api-error';

export interface JobStatus {
  id: string;
  kind: string;
  done: number;
  total: number;
  finished: boolean;
  cancelled: boolean;
  /** Message of the error that stopped the job, or null. */
  error: string | null;
  /** What `finish` returned, once finished without error. */
  result?: unknown;
}

export interface JobSpec<T, R> {
  /** What the job does, e.g. "suggestions:all" (shown in status). */
  kind: string;
  items: readonly T[];
  /** Works on one item; may be async. */
  step: (item: T, index: number) => void | Promise<void>;
  /** Builds the result once every item is done (or the job was cancelled). */
  finish: () => R;
  /** How long to work before letting other requests run (default 15 ms). */
  sliceMs?: number;
}

interface Job extends JobStatus {
  promise: Promise<void>;
}

const KEEP_FINISHED = 50;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  /** Starts a job on the next turn of the event loop and returns its id at once. */
  start<T, R>(spec: JobSpec<T, R>): string {
    const id = randomUUID();
    const job: Job = {
      id,
      kind: spec.kind,
      done: 0,
      total: spec.items.length,
      finished: false,
      cancelled: false,
      error: null,
      promise: Promise.resolve(),
    };
    this.jobs.set(id, job);
    job.promise = this.run(job, spec);
    this.prune();
    return id;
  }

  private async run<T, R>(job: Job, spec: JobSpec<T, R>): Promise<void> {
    const sliceMs = spec.sliceMs ?? 15;
    await yieldToEventLoop();
    try {
      let sliceStart = performance.now();
      for (let i = 0; i < spec.items.length; i++) {
        if (job.cancelled) break;
        const pending = spec.step(spec.items[i]!, i);
        if (pending) await pending;
        job.done = i + 1;
        if (performance.now() - sliceStart >= sliceMs) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
      job.result = spec.finish();
    } catch (error) {
      job.error = error instanceof Error ? error.message : String(error);
    }
    job.finished = true;
  }

  status(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new ApiError('job_not_found', `No job with id ${id}.`, { id });
    const { promise: _promise, ...status } = job;
    return status;
  }

  /** Asks a running job to stop after the current item. */
  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new ApiError('job_not_found', `No job with id ${id}.`, { id });
    if (!job.finished) job.cancelled = true;
    return this.status(id);
  }

  /** Resolves with the final status once the job has finished. */
  async wait(id: string): Promise<JobStatus> {
    const job = this.jobs.get(id);
    if (!job) throw new ApiError('job_not_found', `No job with id ${id}.`, { id });
    await job.promise;
    return this.status(id);
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.finished);
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
      this.jobs.delete(job.id);
  }
}

const registries = new WeakMap<object, JobRegistry>();

/** The registry that belongs to an owner (the AppContext), created on first use. */
export function jobRegistryFor(owner: object): JobRegistry {
  let registry = registries.get(owner);
  if (!registry) registries.set(owner, (registry = new JobRegistry()));
  return registry;
}
