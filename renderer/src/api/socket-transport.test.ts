// Tests the browser-mode socket transport against a real WebSocket server: when calls use the socket and when HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { ApiResult } from '../../../shared/api/api-error';
import { socketTransport, SOCKET_MAX_CALL_CHARS, type SocketFactory } from './socket-transport';
import type { Transport } from './transport';

const connect: SocketFactory = (url, protocols) =>
  new WebSocket(url, protocols) as unknown as globalThis.WebSocket;

/** A server speaking the backend's protocol: answers each call with its channel, or stays silent. */
async function startServer(options: { silent?: boolean } = {}) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const seen: string[] = [];
  const protocols: string[] = [];
  server.on('connection', (ws, req) => {
    protocols.push(String(req.headers['sec-websocket-protocol']));
    ws.on('message', (data) => {
      const call = JSON.parse(String(data)) as { id: number; channel: string };
      seen.push(call.channel);
      if (!options.silent)
        ws.send(JSON.stringify({ id: call.id, result: { ok: true, value: `socket:${call.channel}` } }));
    });
  });
  const url = `ws://127.0.0.1:${(server.address() as { port: number }).port}/api-socket`;
  return { server, url, seen, protocols };
}

/** The HTTP side, recording what went over it. */
function recordingHttp() {
  const calls: string[] = [];
  const http: Transport = (channel) => {
    calls.push(channel);
    return Promise.resolve({ ok: true, value: `http:${channel}` } as ApiResult<unknown>);
  };
  return { http, calls };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

const servers: WebSocketServer[] = [];

/** A transport to a started server, its first call made over HTTP and its socket then open. */
async function openTransport(options: { silent?: boolean; token?: string } = {}) {
  const backend = await startServer(options);
  servers.push(backend.server);
  const { http, calls } = recordingHttp();
  const call = socketTransport(options.token ?? 't', http, backend.url, connect);
  const first = await call('project:current', {});
  await until(() => backend.protocols.length > 0);
  await new Promise((r) => setTimeout(r, 20));
  return { backend, calls, call, first };
}
afterEach(() => {
  for (const s of servers.splice(0)) {
    for (const c of s.clients) c.terminate();
    s.close();
  }
});

describe('socketTransport', () => {
  it('uses HTTP until the socket is open, then the socket, with the token as its subprotocol', async () => {
    const { backend, calls, call, first } = await openTransport({ token: 't0ken' });
    expect(first).toEqual({ ok: true, value: 'http:project:current' });
    expect(await call('annotations:create', { id: 'a' })).toEqual({
      ok: true,
      value: 'socket:annotations:create',
    });
    expect(calls).toEqual(['project:current']);
    expect(backend.seen).toEqual(['annotations:create']);
    expect(backend.protocols).toEqual(['remisskod-token.t0ken']);
  });

  it('sends bulk reads over HTTP while the socket is open', async () => {
    const { backend, calls, call } = await openTransport();
    expect(await call('documents:get', { id: 'd' })).toEqual({ ok: true, value: 'http:documents:get' });
    expect(await call('annotations:delete', { id: 'a' })).toEqual({
      ok: true,
      value: 'socket:annotations:delete',
    });
    expect(calls).toEqual(['project:current', 'documents:get']);
    expect(backend.seen).toEqual(['annotations:delete']);
  });

  it('sends large calls over HTTP', async () => {
    const { backend, calls, call } = await openTransport();
    await call('annotations:update', { comment: 'x'.repeat(SOCKET_MAX_CALL_CHARS) });
    expect(calls).toEqual(['project:current', 'annotations:update']);
    expect(backend.seen).toEqual([]);
  });

  it('fails the calls in flight when the socket closes, and goes on over HTTP', async () => {
    const { backend, calls, call } = await openTransport({ silent: true });
    const inFlight = call('annotations:create', {});
    await until(() => backend.seen.length > 0);
    for (const c of backend.server.clients) c.terminate();
    await expect(inFlight).rejects.toThrow(/closed/);
    expect(await call('annotations:delete', {})).toEqual({ ok: true, value: 'http:annotations:delete' });
    expect(calls).toEqual(['project:current', 'annotations:delete']);
  });

  it('keeps using HTTP when the socket is refused', async () => {
    const { http, calls } = recordingHttp();
    const call = socketTransport('t', http, 'ws://127.0.0.1:1/api-socket', connect);
    for (let i = 0; i < 3; i++) {
      expect(await call('annotations:create', {})).toEqual({ ok: true, value: 'http:annotations:create' });
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(calls).toHaveLength(3);
  });
});
