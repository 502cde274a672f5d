// Browser-mode API over one WebSocket: each call is one message each way (no per-call HTTP round trip).
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppContext } from '../core/app-context';
import { dispatch, type Logger } from '../core/dispatch';
import { checkHost, checkOrigin, checkTokenValue } from './request-guard';

export const SOCKET_PATH = '/api-socket';
/** The launch token travels as a subprotocol (a browser cannot set headers on a WebSocket). */
export const TOKEN_PROTOCOL_PREFIX = 'remisskod-token.';

/** One call: `id` pairs the answer with its call. */
export interface SocketCall {
  id: number;
  channel: string;
  input: unknown;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  421: 'Misdirected Request',
};

function refuse(socket: Duplex, status: number, reason: string): void {
  const head = `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}`;
  socket.end(`${head}\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${reason}`);
}

/** The token given in the Sec-WebSocket-Protocol header, if any. */
function offeredToken(req: http.IncomingMessage): string | undefined {
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  return offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX))?.slice(TOKEN_PROTOCOL_PREFIX.length);
}

/**
 * Answers upgrade requests to SOCKET_PATH that pass the same checks as the HTTP API (Host, Origin,
 * token); every other upgrade is refused. Returns a function that closes every socket.
 */
export function attachSocketApi(
  server: http.Server,
  options: { ctx: AppContext; token: string; port: () => number; maxMessageBytes: number; log: Logger },
): () => void {
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    handleProtocols: (protocols) => [...protocols].find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX)) ?? false,
  });

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((req.url ?? '').split('?')[0] !== SOCKET_PATH) return refuse(socket, 400, 'No such socket');
    const port = options.port();
    for (const verdict of [
      checkHost(req, port),
      checkOrigin(req, port),
      checkTokenValue(offeredToken(req), options.token),
    ])
      if (!verdict.ok) return refuse(socket, verdict.status, verdict.reason);
    sockets.handleUpgrade(req, socket, head, (ws) => serve(ws));
  });

  function serve(ws: WebSocket): void {
    ws.on('message', (data, isBinary) => {
      if (isBinary) return ws.close(1003, 'Text messages only');
      let call: SocketCall;
      try {
        call = JSON.parse(data.toString()) as SocketCall;
      } catch {
        return ws.close(1007, 'The message is not JSON');
      }
      if (typeof call?.id !== 'number') return ws.close(1007, 'A call needs a numeric id');
      void dispatch(options.ctx, call.channel, call.input ?? {}, options.log).then((result) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: call.id, result }));
      });
    });
  }

  return () => {
    for (const ws of sockets.clients) ws.terminate();
    sockets.close();
  };
}
