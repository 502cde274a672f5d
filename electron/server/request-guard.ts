// Checks that a browser-mode request comes from the app itself: Host, Origin and the launch token.
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-remisskod-token';

export interface GuardVerdict {
  ok: boolean;
  status: number;
  reason: string;
}

const ALLOWED_HOSTNAMES = ['127.0.0.1', 'localhost'];

export function allowedHosts(port: number): string[] {
  return ALLOWED_HOSTNAMES.map((h) => `${h}:${port}`);
}

/** Host check against DNS rebinding: only loopback names with our port. */
export function checkHost(req: IncomingMessage, port: number): GuardVerdict {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts(port).includes(host))
    return { ok: false, status: 421, reason: `Host not allowed: ${host}` };
  return { ok: true, status: 200, reason: '' };
}

/** Origin check: a cross-site page may not call the API, even with a guessed token. */
export function checkOrigin(req: IncomingMessage, port: number): GuardVerdict {
  const origin = req.headers.origin;
  if (origin === undefined) return { ok: true, status: 200, reason: '' };
  const allowed = allowedHosts(port).map((h) => `http://${h}`);
  if (!allowed.includes(origin)) return { ok: false, status: 403, reason: `Origin not allowed: ${origin}` };
  return { ok: true, status: 200, reason: '' };
}

export function checkToken(req: IncomingMessage, token: string): GuardVerdict {
  const given = req.headers[TOKEN_HEADER];
  return checkTokenValue(Array.isArray(given) ? given[0] : given, token);
}

/** Compares a given token with the launch token in constant time. */
export function checkTokenValue(value: string | undefined, token: string): GuardVerdict {
  if (!value) return { ok: false, status: 401, reason: 'Missing token' };
  const a = Buffer.from(value);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    return { ok: false, status: 401, reason: 'Wrong token' };
  return { ok: true, status: 200, reason: '' };
}
