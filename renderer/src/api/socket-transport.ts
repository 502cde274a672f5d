// Browser mode: API calls over one WebSocket to the local backend, with HTTP while it is not open.
import type { ApiResult } from '../../../shared/api/api-error';
import type { Transport } from './transport';

/** Must match the backend's SOCKET_PATH and TOKEN_PROTOCOL_PREFIX (electron/server/socket-api.ts). */
const SOCKET_PATH = 'api-socket';
const TOKEN_PROTOCOL_PREFIX = 'remisskod-token.';
/** Larger calls (imported files) go over HTTP, so they hold up no other call on the socket. */
export const SOCKET_MAX_CALL_CHARS = 256 * 1024;
/** After the socket closed, how long to stay on HTTP before opening it again (doubled while it never opens). */
const RETRY_AFTER_MS = 2000;
const MAX_RETRY_AFTER_MS = 60_000;

interface Pending {
  resolve: (result: ApiResult<unknown>) => void;
  reject: (error: Error) => void;
}

/** Opens a WebSocket (the browser's; tests pass the `ws` package's client, which behaves alike). */
export type SocketFactory = (url: string, protocols: string[]) => WebSocket;

/**
 * Wraps `http`: once the socket is open, calls go over it (one message each way, read in one task
 * when it arrives, where an HTTP answer takes several); before that, after it closes, and for
 * large calls, over `http`. Writes stay in order either way: the store sends a write only after
 * the one before it was answered.
 */
export function socketTransport(
  token: string,
  http: Transport,
  url = socketUrl(),
  connect: SocketFactory = (u, p) => new WebSocket(u, p),
): Transport {
  let socket: WebSocket | null = null;
  let closedAt = -Infinity;
  let retryAfter = RETRY_AFTER_MS;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const open = (): void => {
    const ws = connect(url, [TOKEN_PROTOCOL_PREFIX + token]);
    let opened = false;
    socket = ws;
    ws.onopen = () => {
      opened = true;
      retryAfter = RETRY_AFTER_MS;
    };
    ws.onmessage = (event: MessageEvent) => {
      const answer = JSON.parse(String(event.data)) as { id: number; result: ApiResult<unknown> };
      const call = pending.get(answer.id);
      pending.delete(answer.id);
      call?.resolve(answer.result);
    };
    // a failed socket is closed right after: onclose handles both
    ws.onerror = () => {};
    ws.onclose = () => {
      if (socket === ws) socket = null;
      closedAt = performance.now();
      // a socket that never opens (refused, or blocked by the browser) is tried less and less often
      if (!opened) retryAfter = Math.min(retryAfter * 2, MAX_RETRY_AFTER_MS);
      for (const call of pending.values()) call.reject(new Error('the connection to the backend closed'));
      pending.clear();
    };
  };

  return (channel, input) => {
    if (!socket && performance.now() - closedAt > retryAfter) open();
    const body = JSON.stringify(input ?? {});
    const ws = socket;
    if (!ws || ws.readyState !== ws.OPEN || body.length > SOCKET_MAX_CALL_CHARS) return http(channel, input);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      ws.send(`{"id":${id},"channel":${JSON.stringify(channel)},"input":${body}}`);
    });
  };
}

function socketUrl(): string {
  const url = new URL(SOCKET_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.href;
}
