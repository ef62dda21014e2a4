import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface GuardVerdict {
  status: number;
  code: 'UNAUTHORIZED' | 'FORBIDDEN';
  message: string;
}

/**
 * The browser shell listens on loopback, but any web page the user visits can
 * still send requests there. These checks stop DNS rebinding (Host), other
 * sites' pages (Origin, Sec-Fetch-Site) and any caller without the launch token.
 */
export function checkOrigin(headers: IncomingHttpHeaders, port: number): GuardVerdict | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!headers.host || !allowedHosts.includes(headers.host.toLowerCase())) {
    return { status: 403, code: 'FORBIDDEN', message: 'foreign Host header' };
  }
  const origin = headers.origin;
  if (
    origin !== undefined &&
    !allowedHosts.some((host) => origin.toLowerCase() === `http://${host}`)
  ) {
    return { status: 403, code: 'FORBIDDEN', message: 'foreign Origin' };
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, code: 'FORBIDDEN', message: 'cross-site request' };
  }
  return null;
}

export function checkToken(headers: IncomingHttpHeaders, token: string): GuardVerdict | null {
  const match = /^Bearer ([0-9a-f]+)$/i.exec(headers.authorization ?? '');
  const given = Buffer.from(match?.[1] ?? '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { status: 401, code: 'UNAUTHORIZED', message: 'missing or wrong token' };
  }
  return null;
}
