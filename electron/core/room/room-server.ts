import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import type * as z from 'zod/mini';
import {
  AnswerSchema,
  IdeaSchema,
  JoinCodeSchema,
  ProfileSchema,
  VoteSchema,
} from '../../../shared/room/protocol';
import type { Room } from './room';
import { RoomError } from './room-model';

/** A participant's requests are small: a name, twenty scores, a handful of votes. */
const MAX_BODY_BYTES = 16 * 1024;
const COOKIE = 'smarketing_room';
/** Wrong codes from one address before it is locked out, and from everyone together. */
const WRONG_CODES_PER_ADDRESS = 8;
const WRONG_CODES_OVERALL = 60;
const LOCKOUT_SECONDS = 10 * 60;
/** Changes are told to phones at most this often: a burst of answers is one notice. */
const NOTICE_EVERY_MS = 150;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface RoomServerOptions {
  room: Room;
  /** The address the facilitator chose: the listener binds it alone. */
  host: string;
  port?: number;
  /** The built participant page: index.html and its assets. */
  pageDir: string;
}

export interface RunningRoomServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * The room's own listener, on the local-network address the facilitator chose. It serves
 * the participant page and the participant routes and nothing else: the app's API is not
 * reachable through it, whatever the path. Requests naming another host (DNS rebinding)
 * and writes from another site are refused; wrong join codes lock an address out, and
 * everyone after too many.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const { room, host } = options;
  const page = readPage(options.pageDir);
  const perAddress = new RateLimiterMemory({
    points: WRONG_CODES_PER_ADDRESS,
    duration: LOCKOUT_SECONDS,
  });
  const overall = new RateLimiterMemory({ points: WRONG_CODES_OVERALL, duration: LOCKOUT_SECONDS });
  const streams = new Set<ServerResponse>();
  let noticeTimer: ReturnType<typeof setTimeout> | null = null;
  const stopListening = room.onChange(() => {
    if (noticeTimer) return;
    noticeTimer = setTimeout(() => {
      noticeTimer = null;
      for (const stream of streams) stream.write('event: changed\ndata: {}\n\n');
    }, NOTICE_EVERY_MS);
  });

  let origin = '';
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof RoomError) return sendJson(response, error.status, error.refusal);
      sendJson(response, 500, 'room.invalid');
    });
  });

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const hostHeader = (request.headers.host ?? '').toLowerCase();
    if (hostHeader !== origin.slice('http://'.length)) {
      throw new RoomError('room.foreign', 421);
    }
    const url = new URL(request.url ?? '/', origin);
    const path = url.pathname;
    const method = request.method ?? 'GET';
    // Anything but the room's own routes is not here, whatever it carries.
    if (!isRoomRoute(method, path)) return sendJson(response, 404, 'room.invalid');
    if (method === 'POST') refuseCrossSite(request, origin);
    const session = cookieOf(request);

    if (method === 'GET' && path.startsWith('/j/')) {
      // The QR code's link: traded for a cookie, then a clean address without the secret.
      try {
        const fresh = room.joinWithToken(decodeURIComponent(path.slice(3)));
        setSession(response, fresh);
        return redirect(response, '/');
      } catch (error) {
        if (error instanceof RoomError && error.refusal === 'room.badLink') {
          return redirect(response, '/?link=old');
        }
        throw error;
      }
    }
    if (method === 'GET' && (path === '/' || path === '/index.html')) {
      return sendPage(response, page.html);
    }
    if (method === 'GET' && path.startsWith('/assets/')) {
      const asset = page.assets.get(path.slice('/assets/'.length));
      if (asset) return sendAsset(response, asset);
    }
    if (method === 'POST' && path === '/room/join') {
      const address = request.socket.remoteAddress ?? 'unknown';
      const [mine, everyone] = await Promise.all([perAddress.get(address), overall.get('room')]);
      if ((mine && mine.remainingPoints <= 0) || (everyone && everyone.remainingPoints <= 0)) {
        throw new RoomError('room.lockedOut', 429);
      }
      const { code } = await readJson(request, JoinCodeSchema);
      try {
        setSession(response, room.joinWithCode(code));
        return sendJson(response, 200, room.viewFor(null));
      } catch (error) {
        // Only wrong codes count: a room of people typing the right one is never held back.
        if (error instanceof RoomError && error.refusal === 'room.badCode') {
          await Promise.all([perAddress.penalty(address, 1), overall.penalty('room', 1)]);
        }
        throw error;
      }
    }
    if (method === 'GET' && path === '/room/state') {
      return sendJson(response, 200, room.viewFor(session));
    }
    if (method === 'GET' && path === '/room/events') {
      return stream(request, response, streams);
    }
    if (method === 'POST' && path === '/room/profile') {
      room.setProfile(session ?? '', await readJson(request, ProfileSchema));
      return sendJson(response, 200, room.viewFor(session));
    }
    if (method === 'POST' && path === '/room/answer') {
      const input = await readJson(request, AnswerSchema);
      room.answer(session ?? '', input.activityId, input.answers);
      return sendJson(response, 200, room.viewFor(session));
    }
    if (method === 'POST' && path === '/room/idea') {
      const input = await readJson(request, IdeaSchema);
      room.addIdea(session ?? '', input.activityId, input.text);
      return sendJson(response, 200, room.viewFor(session));
    }
    if (method === 'POST' && path === '/room/vote') {
      const input = await readJson(request, VoteSchema);
      room.vote(session ?? '', input.activityId, input.votes);
      return sendJson(response, 200, room.viewFor(session));
    }
    sendJson(response, 404, 'room.invalid');
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    port,
    close: async () => {
      stopListening();
      if (noticeTimer) clearTimeout(noticeTimer);
      // Phones are told the room closed before the listener goes: they say so, not "offline".
      for (const stream of streams) stream.end('event: closed\ndata: {}\n\n');
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const GET_ROUTES = new Set(['/', '/index.html', '/room/state', '/room/events']);
const POST_ROUTES = new Set([
  '/room/join',
  '/room/profile',
  '/room/answer',
  '/room/vote',
  '/room/idea',
]);

function isRoomRoute(method: string, path: string): boolean {
  if (method === 'GET') {
    return GET_ROUTES.has(path) || path.startsWith('/j/') || path.startsWith('/assets/');
  }
  return method === 'POST' && POST_ROUTES.has(path);
}

function refuseCrossSite(request: IncomingMessage, origin: string): void {
  const given = request.headers.origin;
  if (given !== undefined && given.toLowerCase() !== origin) {
    throw new RoomError('room.foreign', 403);
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new RoomError('room.foreign', 403);
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new RoomError('room.invalid', 415);
  }
}

function cookieOf(request: IncomingMessage): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === COOKIE && value) return value;
  }
  return null;
}

function setSession(response: ServerResponse, session: string): void {
  // HttpOnly: no script reads it; Strict: no other site's page sends it.
  response.setHeader('Set-Cookie', `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  response.end();
}

async function readJson<T>(request: IncomingMessage, schema: z.ZodMiniType<T>): Promise<T> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RoomError('room.tooLarge', 413);
    chunks.push(chunk as Buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RoomError('room.invalid', 400);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new RoomError('room.invalid', 400);
  return parsed.data;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return void response.end();
  const payload = status >= 400 ? { error: body } : body;
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json' });
  response.end(JSON.stringify(payload));
}

function sendPage(response: ServerResponse, html: Buffer): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  });
  response.end(html);
}

function sendAsset(response: ServerResponse, asset: { body: Buffer; type: string }): void {
  response.writeHead(200, {
    'X-Content-Type-Options': 'nosniff',
    'Content-Type': asset.type,
    // Built names carry a content hash: a phone may keep them.
    'Cache-Control': 'public, max-age=31536000, immutable',
  });
  response.end(asset.body);
}

function stream(request: IncomingMessage, response: ServerResponse, streams: Set<ServerResponse>) {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  streams.add(response);
  const heartbeat = setInterval(() => response.write(': still here\n\n'), 20_000);
  heartbeat.unref();
  const stop = () => {
    clearInterval(heartbeat);
    streams.delete(response);
  };
  request.on('close', stop);
  response.on('close', stop);
}

/** The participant page, read once when the room opens: only these files are ever served. */
function readPage(dir: string): {
  html: Buffer;
  assets: Map<string, { body: Buffer; type: string }>;
} {
  const html = readFileSync(join(dir, 'index.html'));
  const assets = new Map<string, { body: Buffer; type: string }>();
  const assetDir = join(dir, 'assets');
  if (existsSync(assetDir)) {
    for (const name of readdirSync(assetDir)) {
      const type = TYPES[extname(name)];
      if (type) assets.set(name, { body: readFileSync(join(assetDir, name)), type });
    }
  }
  return { html, assets };
}
