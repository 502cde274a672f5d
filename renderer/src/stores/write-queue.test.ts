// Tests that queued writes run in order, one at a time, and that a failed write does not stop the next.
import { describe, expect, it } from 'vitest';
import { createWriteQueue } from './write-queue';

describe('createWriteQueue', () => {
  it('starts each write after the one before has settled, failed or not', async () => {
    const run = createWriteQueue();
    const log: string[] = [];
    const slow = run(async () => {
      log.push('create starts');
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.push('create ends');
      throw new Error('disk full');
    });
    const next = run(async () => {
      log.push('update starts');
      return 'updated';
    });
    await expect(slow).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('updated');
    expect(log).toEqual(['create starts', 'create ends', 'update starts']);
  });
});

describe('createWriteQueue, nothing in flight', () => {
  it('starts a write in the same tick', () => {
    const run = createWriteQueue();
    let started = false;
    void run(async () => {
      started = true;
    });
    expect(started).toBe(true);
  });
});
