import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_STATUS_BY_CODE } from '../../shared/api/envelope';
import type { ShellDispatcher } from '../core/api-handlers';
import { SECURITY_HEADERS } from '../core/content-security';
import { readRendererFile } from '../core/static-files';
import type { PlanChanges } from '../core/plan-changes';
import { streamPlanEvents } from './plan-events';
import { checkOrigin, checkToken } from './request-guard';

/** Room for a 5 MB plan file, JSON-escaped inside a request. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

export interface WebServerOptions {
  dispatch: ShellDispatcher;
  rendererDir: string;
  token: string;
  maxBodyBytes?: number;
  /** The library's plan changes, streamed to every tab at GET /api/events. */
  changes?: PlanChanges;
}

/**
 * The browser shell's HTTP server: the built renderer on GET, and the plan API
 * as `POST /api/<method>` with a JSON body and the launch token.
 */
export function createWebServer(options: WebServerOptions): Server {
  const server = createServer((req, res) => {
    handle(req, res, (server.address() as AddressInfo).port, options).catch(() => {
      if (!res.headersSent)
        sendJson(res, 500, { error: { code: 'IO', message: 'request failed' } });
    });
  });
  return server;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  port: number,
  options: WebServerOptions,
): Promise<void> {
  const refused = checkOrigin(req.headers, port);
  if (refused) {
    req.resume();
    return sendJson(res, refused.status, {
      error: { code: refused.code, message: refused.message },
    });
  }
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/api/events' && req.method === 'GET' && options.changes) {
    const unauthorized = checkToken(req.headers, options.token);
    if (unauthorized) {
      return sendJson(res, unauthorized.status, {
        error: { code: unauthorized.code, message: unauthorized.message },
      });
    }
    return streamPlanEvents(req, res, options.changes);
  }
  if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5), options);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'use GET' } });
  }
  const file = await readRendererFile(options.rendererDir, url.pathname);
  if (!file) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'no such file' } });
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  options: WebServerOptions,
): Promise<void> {
  if (req.method !== 'POST') {
    req.resume();
    return sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'use POST' } });
  }
  const unauthorized = checkToken(req.headers, options.token);
  if (unauthorized) {
    req.resume();
    return sendJson(res, unauthorized.status, {
      error: { code: unauthorized.code, message: unauthorized.message },
    });
  }
  // A JSON content type cannot be sent by a plain HTML form, which closes the CSRF path.
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    req.resume();
    return sendJson(res, 415, {
      error: { code: 'INVALID_INPUT', message: 'send the input as application/json' },
    });
  }
  const body = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
  if (body === 'too-large') {
    return sendJson(res, 413, {
      error: { code: 'INVALID_INPUT', message: 'request body too large' },
    });
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : (JSON.parse(body) as unknown);
  } catch {
    return sendJson(res, 400, {
      error: { code: 'INVALID_INPUT', message: 'body is not valid JSON' },
    });
  }
  const envelope = await options.dispatch(method, input);
  if (envelope.ok) return sendJson(res, 200, envelope.value);
  return sendJson(res, HTTP_STATUS_BY_CODE[envelope.error.code], { error: envelope.error });
}

function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    // Drain the body before answering: a client still sending would otherwise see
    // the connection reset instead of the 413 that says what was wrong.
    return new Promise((resolve, reject) => {
      req.on('end', () => resolve('too-large'));
      req.on('error', reject);
      req.resume();
    });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
