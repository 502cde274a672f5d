// Browser-mode security with real HTTP and WebSocket requests: loopback only, token on every API call, Host/Origin checks, CSP.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CHANNELS } from '../../shared/api/contract';
import { AppContext } from '../core/app-context';
import { makeProject } from '../core/test-support/make-project';
import { useTempDir } from '../core/test-support/temp-dir';
import { startHttpServer, type RunningServer } from './http-server';
import { CONTENT_SECURITY_POLICY } from './security-headers';

const tempDir = useTempDir();
const TOKEN = 'test-token-0123456789abcdef';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: RunningServer;
let ctx: AppContext;

beforeEach(async () => {
  const dir = tempDir();
  const { session } = await makeProject(dir);
  const file = session.path;
  session.close();
  ctx = new AppContext({
    dataDir: path.join(dir, 'data'),
    mode: 'browser',
    version: 'test',
    backup: { intervalMinutes: 0, keep: 1, onOpen: false },
  });
  ctx.openProject(file);
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Remisskod</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'hemligt');
  server = await startHttpServer({ ctx, staticDir, token: TOKEN });
});

afterEach(async () => {
  await server.close();
  ctx.close();
});

function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  host?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.host ?? '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        setHost: options.headers?.Host === undefined,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(channel: string, headers: Record<string, string> = {}, body = '{}'): Promise<Reply> {
  return request({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-Remisskod-Token': TOKEN, ...headers },
    body,
  });
}

describe('browser-mode server security', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const address of [...external, '::1']) {
      await expect(request({ path: '/', host: address }), address).rejects.toMatchObject({
        code: expect.stringMatching(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/),
      });
    }
  });

  it('answers the app with the right token', async () => {
    const reply = await api('project:current');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Test' } });
  });

  it('refuses every API channel without the token or with a wrong one', async () => {
    for (const channel of CHANNELS) {
      const missing = await request({
        method: 'POST',
        path: `/api/${channel}`,
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(missing.status, channel).toBe(401);
      expect(missing.body).not.toContain('"ok":true');
      const wrong = await api(channel, { 'X-Remisskod-Token': TOKEN.replace('0', '1') });
      expect(wrong.status, channel).toBe(401);
    }
    const short = await api('project:current', { 'X-Remisskod-Token': 'x' });
    expect(short.status).toBe(401);
  });

  it('refuses requests from other sites even with the token (cross-site pages)', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`, 'file://']) {
      const reply = await api('project:current', { Origin: origin });
      expect(reply.status, origin).toBe(403);
    }
    expect((await api('project:current', { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await api('project:current', { Origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses other Host names, for pages and for the API (DNS rebinding)', async () => {
    for (const host of [`evil.example:${server.port}`, 'evil.example', `127.0.0.1:${server.port + 1}`, '']) {
      const page = await request({ path: '/', headers: { Host: host } });
      expect(page.status, host).toBe(421);
      expect(page.body).not.toContain('Remisskod</title>');
      const call = await api('project:current', { Host: host });
      expect(call.status, host).toBe(421);
    }
    expect((await request({ path: '/', headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('sends the strict CSP, with no remote sources, on pages, API answers and refusals', async () => {
    const replies = [
      await request({ path: '/' }),
      await api('project:current'),
      await api('project:current', { 'X-Remisskod-Token': 'wrong' }),
      await request({ path: '/', headers: { Host: 'evil.example' } }),
    ];
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['x-frame-options']).toBe('DENY');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval|ws:/);
  });

  it('the renderer page carries the same CSP in its meta tag', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const headerDirectives = CONTENT_SECURITY_POLICY.split('; ');
    // frame-ancestors is ignored in a meta tag; every other directive must match the header.
    for (const directive of meta!.split('; ')) expect(headerDirectives).toContain(directive);
    expect(headerDirectives.filter((d) => !meta!.split('; ').includes(d))).toEqual([
      "frame-ancestors 'none'",
    ]);
  });

  it('accepts only POST with JSON on the API', async () => {
    expect(
      (await request({ path: '/api/project:current', headers: { 'X-Remisskod-Token': TOKEN } })).status,
    ).toBe(405);
    expect((await api('project:current', { 'Content-Type': 'text/plain' })).status).toBe(415);
    const broken = await api('project:current', {}, '{not json');
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_json' } });
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/static/../../secret.txt',
    ]) {
      const reply = await request({ path: p });
      expect(reply.body, p).not.toContain('hemligt');
    }
  });
});

/** Opens the API socket; resolves with it once open, or with the HTTP status that refused it. */
function openSocket(
  options: { protocols?: string[]; origin?: string; path?: string; host?: string } = {},
): Promise<WebSocket | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(
      `ws://127.0.0.1:${server.port}${options.path ?? '/api-socket'}`,
      options.protocols ?? [`remisskod-token.${TOKEN}`],
      {
        origin: options.origin,
        headers: options.host ? { Host: options.host } : undefined,
      },
    );
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', reject);
  });
}

function socketCall(ws: WebSocket, id: number, channel: string, input: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    ws.on('message', (data) => {
      const answer = JSON.parse(String(data)) as { id: number; result: unknown };
      if (answer.id === id) resolve(answer.result);
    });
    ws.send(JSON.stringify({ id, channel, input }));
  });
}

describe('browser-mode API socket', () => {
  it('answers calls with the token, as the HTTP API does', async () => {
    const ws = await openSocket({ origin: `http://127.0.0.1:${server.port}` });
    expect(ws).toBeInstanceOf(WebSocket);
    const socket = ws as WebSocket;
    const [a, b] = await Promise.all([
      socketCall(socket, 1, 'project:current', {}),
      socketCall(socket, 2, 'documents:get', { id: 'no-such-document' }),
    ]);
    expect(a).toEqual(JSON.parse((await api('project:current')).body));
    expect(b).toMatchObject({ ok: false, error: { code: expect.any(String) } });
    socket.close();
  });

  it('refuses a socket without the token, with a wrong one, from another site or host, or elsewhere', async () => {
    expect(await openSocket({ protocols: [] })).toBe(401);
    expect(await openSocket({ protocols: [`remisskod-token.${TOKEN.replace('0', '1')}`] })).toBe(401);
    expect(await openSocket({ origin: 'http://evil.example' })).toBe(403);
    expect(await openSocket({ host: `evil.example:${server.port}` })).toBe(421);
    expect(await openSocket({ path: '/api/project:current' })).toBe(400);
  });

  it('closes a socket that sends something other than a call', async () => {
    const socket = (await openSocket()) as WebSocket;
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send('not json');
    expect(await closed).toBe(1007);
  });
});
