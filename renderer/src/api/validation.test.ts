// Loading the contract's chunk: once, and again after a failed load.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./contract-chunk');
  vi.resetModules();
});

describe('validation', () => {
  it('loads the contract once and hands the same schemas to every caller', async () => {
    const { validation } = await import('./validation');
    const [first, second] = await Promise.all([validation(), validation()]);
    expect(first).toBe(second);
    expect(first.parseOutput('annotations:stateOfDocument', { count: 1, lastChange: null })).toEqual({
      count: 1,
      lastChange: null,
    });
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
