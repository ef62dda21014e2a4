import { getTemplate, listTemplates, shareTemplate } from './templates';
import { ShareTemplateRequestSchema, TeamTemplateRequestSchema } from '../shared/sync/protocol';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type * as z from 'zod';
import {
  JoinRequestSchema,
  PullRequestSchema,
  PushRequestSchema,
  type SyncErrorCode,
} from '../shared/sync/protocol';
import type { TeamDatabase } from './db/database';
import { HTTP_STATUS, SyncError } from './errors';
import type { ChangeNotices } from './notices';
import { pull } from './pull';
import { push } from './sync';
import { authenticate, joinTeam, revokeDevice, type Caller } from './teams';

/** A whole plan is at most 5 MB as a file; a push of one with its edits stays under this. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

export interface TeamServerOptions {
  db: TeamDatabase;
  notices: ChangeNotices;
  /** Wrong invite codes, counted by address in PostgreSQL: codes cannot be guessed. */
  joinLimiter: RateLimiterAbstract;
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
}

/**
 * The team server's HTTP API: join with an invite code, push edits, pull plans, and a
 * stream of "something changed" notices. Every answer is JSON; every refusal a stable code.
 */
export async function startTeamServer(
  options: TeamServerOptions,
): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    void route(options, request, response).catch((error: unknown) => {
      const failure =
        error instanceof SyncError
          ? error
          : new SyncError('UNAVAILABLE', 'the team server could not answer; try again');
      // A device that went away mid-request is not the server's fault: nothing to log.
      const gone =
        error instanceof Error &&
        (error.message === 'aborted' || ('code' in error && error.code === 'ECONNRESET'));
      if (!(error instanceof SyncError) && !gone) console.error(error);
      if (!response.headersSent) send(response, HTTP_STATUS[failure.code], errorBody(failure));
      else response.end();
    });
  };
  const server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handler)
    : createHttpServer(handler);
  const streams = new Set<ServerResponse>();
  server.on('request', (_request, response: ServerResponse) => {
    streams.add(response);
    response.on('close', () => streams.delete(response));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls ? 'https' : 'http';
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `${scheme}://${host}:${port}`,
    port,
    close: async () => {
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function route(
  options: TeamServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  const { db } = options;
  if (request.method === 'GET' && path === '/v1/health') {
    return send(response, 200, { ok: true });
  }
  if (request.method === 'POST' && path === '/v1/join') {
    // Only wrong codes count: an office joining from one address is never held back.
    const address = request.socket.remoteAddress ?? 'unknown';
    const spent = await options.joinLimiter.get(address);
    if (spent && spent.remainingPoints <= 0) {
      throw new SyncError('TOO_MANY_ATTEMPTS', 'too many wrong invite codes: try again later');
    }
    const input = await readJson(request, JoinRequestSchema);
    try {
      return send(response, 200, await joinTeam(db, input.code, input.deviceName));
    } catch (error) {
      if (error instanceof SyncError && error.code === 'UNAUTHENTICATED') {
        await options.joinLimiter.penalty(address, 1);
      }
      throw error;
    }
  }
  const caller = await authenticate(db, bearer(request));
  if (request.method === 'POST' && path === '/v1/push') {
    const input = await readJson(request, PushRequestSchema);
    return send(response, 200, await push(db, caller, input));
  }
  if (request.method === 'POST' && path === '/v1/pull') {
    const input = await readJson(request, PullRequestSchema);
    return send(response, 200, await pull(db, caller, input));
  }
  if (request.method === 'POST' && path === '/v1/leave') {
    // A laptop leaving its team gives up its own token: it works no more, here or anywhere.
    await revokeDevice(db, caller.deviceId);
    return send(response, 200, { ok: true });
  }
  if (request.method === 'POST' && path === '/v1/templates/share') {
    const input = await readJson(request, ShareTemplateRequestSchema);
    return send(response, 200, await shareTemplate(db, caller, input.template));
  }
  if (request.method === 'POST' && path === '/v1/templates/list') {
    return send(response, 200, await listTemplates(db, caller));
  }
  if (request.method === 'POST' && path === '/v1/templates/get') {
    const input = await readJson(request, TeamTemplateRequestSchema);
    return send(response, 200, await getTemplate(db, caller, input.id));
  }
  if (request.method === 'GET' && path === '/v1/events') {
    return stream(options.notices, caller, request, response);
  }
  throw new SyncError('NOT_FOUND', `no ${request.method ?? ''} ${path ?? ''} here`);
}

/** Server-sent events: one line per change of the caller's team, and a beat to keep it open. */
function stream(
  notices: ChangeNotices,
  caller: Caller,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = notices.subscribe(caller.teamId, (notice) => {
    response.write(`event: changed\ndata: ${JSON.stringify(notice)}\n\n`);
  });
  const beat = setInterval(() => response.write(': beat\n\n'), 15_000);
  request.on('close', () => {
    clearInterval(beat);
    unsubscribe();
  });
}

function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
  if (!match?.[1]) throw new SyncError('UNAUTHENTICATED', 'a device token is needed');
  return match[1];
}

/** Reads a JSON body up to the limit (refused as it passes it, never read whole) and parses it. */
async function readJson<T extends z.ZodType>(
  request: IncomingMessage,
  schema: T,
): Promise<z.infer<T>> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new SyncError('INVALID_INPUT', 'the body is not JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SyncError(
      'INVALID_INPUT',
      `${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'not valid'}`,
    );
  }
  return parsed.data;
}

function tooLarge(): SyncError {
  return new SyncError(
    'TOO_LARGE',
    `a request may carry ${MAX_BODY_BYTES / 1024 / 1024} MB at most`,
  );
}

function errorBody(error: SyncError): { error: { code: SyncErrorCode; message: string } } {
  return { error: { code: error.code, message: error.message } };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
