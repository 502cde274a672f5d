// The reads every start makes, sent before the app's code is loaded; each answer goes once to the first call asking for it.
import type { ApiResult } from '../../../shared/api/api-error';
import type { Channel } from '../../../shared/api/contract';
import type { Transport } from './transport';
import { mayWrite } from './write-generation';

/** What the app reads as it starts (reload-project, the progress summary, the welcome dialog); all take `{}`. */
export const FIRST_READS: readonly Channel[] = [
  'project:current',
  'documents:list',
  'codebook:get',
  'coders:current',
  'coders:list',
  'progress:get',
  'app:info',
];

export interface EarlyReads {
  /** The transport to use: answers a read sent early from its kept answer, once; everything else goes through. */
  transport: Transport;
  /** Sends the first reads now. */
  send: () => void;
  /** Forgets the answers not taken yet: the project changed, so they may be stale. */
  drop: () => void;
}

const isEmptyInput = (input: unknown) =>
  input === undefined || (typeof input === 'object' && input !== null && Object.keys(input).length === 0);

export function earlyReads(inner: Transport): EarlyReads {
  const kept = new Map<string, Promise<ApiResult<unknown>>>();
  return {
    transport: (channel, input) => {
      // after the start, nothing is kept: every call goes straight through, checking nothing
      if (!kept.size) return inner(channel, input);
      // a write may change what was read early: those answers are not handed out any more
      if (mayWrite(channel)) kept.clear();
      const early = isEmptyInput(input) ? kept.get(channel) : undefined;
      if (!early) return inner(channel, input);
      kept.delete(channel);
      return early;
    },
    send: () => {
      for (const channel of FIRST_READS) {
        const answer = inner(channel, {});
        answer.catch(() => undefined); // a failure surfaces to the call that takes it, not as unhandled
        kept.set(channel, answer);
      }
    },
    drop: () => kept.clear(),
  };
}
