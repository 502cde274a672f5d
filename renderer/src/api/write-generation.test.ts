import { describe, expect, it } from 'vitest';
import { countingWrites, mayWrite, noteOutsideChange, writeGeneration } from './write-generation';

describe('write generation', () => {
  it('treats reads as reads and anything else as a possible write', () => {
    expect(mayWrite('compilation:matrix')).toBe(false);
    expect(mayWrite('annotations:listForDocument')).toBe(false);
    expect(mayWrite('annotations:create')).toBe(true);
    expect(mayWrite('codebook:updateCode')).toBe(true);
    expect(mayWrite('some:futureChannel')).toBe(true);
  });

  it('moves when a write starts and again when it ends, not for reads', async () => {
    const before = writeGeneration();
    await countingWrites('documents:list', async () => 'read');
    expect(writeGeneration()).toBe(before);

    let finish: (value: string) => void = () => {};
    const write = countingWrites('annotations:create', () => new Promise<string>((r) => (finish = r)));
    const during = writeGeneration();
    expect(during).not.toBe(before);
    finish('done');
    await expect(write).resolves.toBe('done');
    expect(writeGeneration()).not.toBe(during);
  });

  it('moves for a failed write and for a change made elsewhere', async () => {
    const before = writeGeneration();
    await expect(countingWrites('annotations:delete', () => Promise.reject(new Error('no')))).rejects.toThrow(
      'no',
    );
    const afterFailure = writeGeneration();
    expect(afterFailure).not.toBe(before);
    noteOutsideChange();
    expect(writeGeneration()).not.toBe(afterFailure);
  });
});
