// Browser mode: API calls over one WebSocket to the local backend, with HTTP while it is not open.
import type { ApiResult } from '../../../shared/api/api-error';
import type { Transport } from './transport';

/** Must match the backend's SOCKET_PATH and TOKEN_PROTOCOL_PREFIX (electron/server/socket-api.ts). */
const SOCKET_PATH = 'api-socket';
const TOKEN_PROTOCOL_PREFIX = 'remisskod-token.';
/**
 * The calls that use the socket: small writes a reader waits on while coding, and small checks.
 * Everything else goes over HTTP: Chromium reads a multi-megabyte WebSocket message in many slow
 * steps while the page is busy (opening a 300-page answer took 1.6-2.4 s over the socket instead of
 * 0.9 s), and HTTP loads several at once.
 */
export const SOCKET_CHANNELS: ReadonlySet<string> = new Set([
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'annotations:stateOfDocument',
  'compilation:changedSince',
  'documents:setStatus',
  'documents:setMemo',
  'documents:updateMeta',
]);
/** Larger calls (a very long comment) go over HTTP too, so they hold up no other call on the socket. */
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
 * Wraps `http`: once the socket is open, the SOCKET_CHANNELS calls go over it (one message each way,
 * read in one task when it arrives, where an HTTP answer takes several); before that, after it
 * closes, for large calls and for every other channel, over `http`. Writes stay in order either way: the store sends a write only after
 * the one before it was answered.
 */
export function socketTransport(
  token: string,
  http: Transport,
  url = socketUrl(),
  connect: SocketFactory = (u, p) => new WebSocket(u, p),
  channels: ReadonlySet<string> = SOCKET_CHANNELS,
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
    // any call opens the socket, so it is ready when the first write comes
    if (!socket && performance.now() - closedAt > retryAfter) open();
    if (!channels.has(channel)) return http(channel, input);
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
