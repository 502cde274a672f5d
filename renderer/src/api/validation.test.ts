// Loading the contract's chunk: its schemas check answers, and a failed load is tried again.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./contract-chunk');
  vi.resetModules();
});

describe('validation', () => {
  it('checks answers with the loaded contract: one that keeps it passes, one that breaks it is refused', async () => {
    const { validation } = await import('./validation');
    const { parseOutput } = await validation();
    expect(parseOutput('annotations:stateOfDocument', { count: 1, lastChange: null })).toEqual({
      count: 1,
      lastChange: null,
    });
    expect(() => parseOutput('annotations:stateOfDocument', { count: -1, lastChange: null })).toThrow(
      /Invalid response from annotations:stateOfDocument/,
    );
  });

  it('tries again after a failed load instead of refusing every answer from then on', async () => {
    vi.doMock('./contract-chunk', () => {
      throw new Error('chunk missing');
    });
    const { validation } = await import('./validation');
    await expect(validation()).rejects.toThrow();
    vi.doUnmock('./contract-chunk');
    vi.resetModules();
    const loaded = await validation();
    expect(typeof loaded.parseOutput).toBe('function');
  });
});
