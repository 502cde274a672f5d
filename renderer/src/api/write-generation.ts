// Counts the renderer's writes to the project, so data kept from an earlier read can tell it may be stale.
import type { Channel } from '../../../shared/api/contract';

/** Channels that only read. Any other channel may write (a channel missing here only costs a re-read). */
const READS: ReadonlySet<string> = new Set<Channel>([
  'app:info',
  'project:current',
  'project:recent',
  'backups:list',
  'annotations:listForDocument',
  'annotations:stateOfDocument',
  'codebook:get',
  'codebook:counts',
  'codebook:export',
  'coders:list',
  'coders:current',
  'progress:get',
  'documents:list',
  'documents:get',
  'compilation:matrix',
  'compilation:changedSince',
  'compilation:proposal',
  'compilation:charts',
  'export:start',
  'jobs:status',
  'search:documents',
  'search:annotations',
  'suggestions:forDocument',
  'sharing:exportAnnotations',
  'sharing:previewAnnotations',
  'sharing:listOrphans',
  'sharing:agreement',
  'sharing:exportQdpx',
  'sharing:exportQdc',
]);

let generation = 0;

/** Changes whenever a write starts or ends, or the project changed elsewhere. */
export function writeGeneration(): number {
  return generation;
}

/** True for a channel that may change the project. */
export function mayWrite(channel: string): boolean {
  return !READS.has(channel);
}

/**
 * Runs `call` on `channel`; a write moves the generation when it starts and again when it ends, so
 * a read answered while it was in flight never counts as current.
 */
export async function countingWrites<T>(channel: string, call: () => Promise<T>): Promise<T> {
  if (!mayWrite(channel)) return call();
  generation++;
  try {
    return await call();
  } finally {
    generation++;
  }
}

/** The project changed without a write from here (opened, reloaded, written by another program). */
export function noteOutsideChange(): void {
  generation++;
}
