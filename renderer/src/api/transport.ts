// Chooses how the renderer reaches the backend: Electron IPC (preload bridge), or in browser mode a WebSocket with HTTP behind it.
import type { ApiResult } from '../../../shared/api/api-error';
import type { RemisskodBridge } from '../../../shared/api/bridge';
import { socketTransport } from './socket-transport';

export type Transport = (channel: string, input: unknown) => Promise<ApiResult<unknown>>;

declare global {
  interface Window {
    remisskod?: RemisskodBridge;
  }
}

const TOKEN_KEY = 'remisskod-token';

/** Reads the per-launch token from the URL fragment once, then keeps it for this tab only. */
export function readBrowserToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]!));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(token: string): Transport {
  return async (channel, input) => {
    const response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Remisskod-Token': token },
      body: JSON.stringify(input ?? {}),
    });
    if (!response.ok) {
      return {
        ok: false,
        error: {
          code: 'http_error',
          message: `${response.status} ${await response.text()}`,
          params: { status: response.status },
        },
      };
    }
    return (await response.json()) as ApiResult<unknown>;
  };
}

export function createTransport(): Transport {
  const bridge = window.remisskod;
  if (bridge) return (channel, input) => bridge.invoke(channel, input);
  const token = readBrowserToken();
  if (!token) {
    return async () => ({
      ok: false,
      error: {
        code: 'missing_token',
        message: 'Open the address printed by npm start (it carries the launch token).',
        params: {},
      },
    });
  }
  return socketTransport(token, httpTransport(token));
}

export function appMode(): 'electron' | 'browser' {
  return window.remisskod ? 'electron' : 'browser';
}
