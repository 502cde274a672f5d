// The API client: a request leaves at once, and its answer is checked against the contract first.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiClient as ApiClientClass } from './api-client';
import type { Transport } from './transport';

let ApiClient: typeof ApiClientClass;

beforeAll(async () => {
  // the module makes the app's own client on import: give it a browser tab without a launch token
  vi.stubGlobal('window', { location: { hash: '', pathname: '/', search: '' } });
  vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => {} });
  ({ ApiClient } = await import('./api-client'));
});

describe('ApiClient', () => {
  it('sends the request before anything else, while the contract may still be loading', () => {
    const transport = vi.fn<Transport>(() => new Promise(() => {}));
    void new ApiClient(transport).call('documents:list', {});
    expect(transport).toHaveBeenCalledWith('documents:list', {});
  });

  it('hands back an answer that keeps the contract', async () => {
    const client = new ApiClient(async () => ({ ok: true, value: { count: 3, lastChange: null } }));
    await expect(client.call('annotations:stateOfDocument', { documentId: 'd1' })).resolves.toEqual({
      count: 3,
      lastChange: null,
    });
  });

  it('refuses an answer that breaks the contract, naming the channel', async () => {
    const client = new ApiClient(async () => ({ ok: true, value: { count: 'many', lastChange: null } }));
    await expect(client.call('annotations:stateOfDocument', { documentId: 'd1' })).rejects.toMatchObject({
      code: 'invalid_response',
      message: expect.stringContaining('annotations:stateOfDocument'),
    });
  });

  it('passes on the backend’s own refusal', async () => {
    const client = new ApiClient(async () => ({
      ok: false,
      error: { code: 'not_found', message: 'No such document', params: { id: 'd9' } },
    }));
    await expect(client.call('documents:get', { id: 'd9' })).rejects.toMatchObject({
      code: 'not_found',
      params: { id: 'd9' },
    });
  });
});
