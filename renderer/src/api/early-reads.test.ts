// The first reads sent early: each answer goes once to the first call asking for it, and never after a change.
import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-error';
import { earlyReads, FIRST_READS } from './early-reads';
import type { Transport } from './transport';

/** A backend that answers every call with how many times that channel was asked so far. */
function countingBackend() {
  const asked = new Map<string, number>();
  const transport = vi.fn<Transport>(async (channel) => {
    asked.set(channel, (asked.get(channel) ?? 0) + 1);
    return { ok: true, value: asked.get(channel) } as ApiResult<unknown>;
  });
  return { transport, asked: (channel: string) => asked.get(channel) ?? 0 };
}

describe('earlyReads', () => {
  it('sends every first read at once', () => {
    const backend = countingBackend();
    earlyReads(backend.transport).send();
    expect(backend.transport.mock.calls.map(([channel]) => channel)).toEqual(FIRST_READS);
  });

  it('hands an early answer to the first call without asking the backend again, and only once', async () => {
    const backend = countingBackend();
    const early = earlyReads(backend.transport);
    early.send();
    await expect(early.transport('documents:list', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(backend.asked('documents:list')).toBe(1);
    // the next call is a fresh read
    await expect(early.transport('documents:list', {})).resolves.toEqual({ ok: true, value: 2 });
  });

  it('does not answer a call with other input from the early read', async () => {
    const backend = countingBackend();
    const early = earlyReads(backend.transport);
    early.send();
    await early.transport('documents:list', { filter: 'x' });
    expect(backend.asked('documents:list')).toBe(2);
  });

  it('forgets the early answers once something writes: they may be stale', async () => {
    const backend = countingBackend();
    const early = earlyReads(backend.transport);
    early.send();
    await early.transport('annotations:create', {});
    await expect(early.transport('codebook:get', {})).resolves.toEqual({ ok: true, value: 2 });
  });

  it('forgets the early answers when the project changed elsewhere', async () => {
    const backend = countingBackend();
    const early = earlyReads(backend.transport);
    early.send();
    early.drop();
    await expect(early.transport('project:current', {})).resolves.toEqual({ ok: true, value: 2 });
  });

  it('passes every call through when nothing was sent early', async () => {
    const backend = countingBackend();
    const early = earlyReads(backend.transport);
    await expect(early.transport('project:current', {})).resolves.toEqual({ ok: true, value: 1 });
  });

  it('gives a failed early read to the call that takes it, and raises nothing before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const early = earlyReads(() => Promise.reject(new Error('connection refused')));
      early.send();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(early.transport('app:info', {})).rejects.toThrow('connection refused');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
