// Browser-mode transport: the API over HTTP on 127.0.0.1 with a per-launch token, plus the renderer.
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AppContext } from '../core/app-context';
import { dispatch } from '../core/dispatch';
import { checkHost, checkOrigin, checkToken } from './request-guard';
import { SECURITY_HEADERS } from './security-headers';
import { attachSocketApi } from './socket-api';
import { readStaticFile } from './static-files';

export const MAX_REQUEST_BYTES = 512 * 1024 * 1024;

export interface ServerOptions {
  ctx: AppContext;
  staticDir: string;
  token: string;
  port?: number;
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        reject(new Error('Request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startHttpServer(options: ServerOptions): Promise<RunningServer> {
  const staticDir = path.resolve(options.staticDir);
  const log = options.log ?? (() => {});
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: Error) => {
      log(`HTTP error: ${error.message}`);
      if (!res.headersSent) send(res, 400, 'text/plain; charset=utf-8', error.message);
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = checkHost(req, port);
    if (!host.ok) return send(res, host.status, 'text/plain; charset=utf-8', host.reason);
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
      for (const verdict of [checkOrigin(req, port), checkToken(req, options.token)]) {
        if (!verdict.ok) return send(res, verdict.status, 'text/plain; charset=utf-8', verdict.reason);
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'text/plain; charset=utf-8', 'JSON only');
      }
      const channel = decodeURIComponent(url.slice('/api/'.length));
      let input: unknown;
      try {
        input = JSON.parse((await readBody(req)) || '{}');
      } catch {
        return send(
          res,
          400,
          'application/json',
          JSON.stringify({
            ok: false,
            error: { code: 'invalid_json', message: 'The request body is not JSON.', params: {} },
          }),
        );
      }
      const result = await dispatch(options.ctx, channel, input, log);
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
    const file = readStaticFile(staticDir, url) ?? readStaticFile(staticDir, '/index.html');
    if (!file)
      return send(res, 404, 'text/plain; charset=utf-8', 'The renderer is not built: run npm run build.');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  const closeSockets = attachSocketApi(server, {
    ctx: options.ctx,
    token: options.token,
    port: () => port,
    maxMessageBytes: MAX_REQUEST_BYTES,
    log,
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            closeSockets();
            server.close(() => done());
            // A browser keeps connections open; stopping means closing them too.
            server.closeAllConnections();
          }),
      });
    });
  });
}
