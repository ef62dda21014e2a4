import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Room } from '../../../../electron/core/room/room';
import {
  startRoomServer,
  type RunningRoomServer,
} from '../../../../electron/core/room/room-server';
import { ROOM_CODE_ALPHABET } from '../../../../shared/room/room-types';
import { makeTempDir } from '../../../helpers/temp-dir';

/** The room binds a loopback address other than the app's 127.0.0.1, as on a LAN address. */
const HOST = '127.0.0.2';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can send what a browser would not (a foreign Host, any Origin). */
function call(
  server: RunningRoomServer,
  path: string,
  options: {
    method?: string;
    body?: string;
    headers?: Record<string, string>;
    cookie?: string | null;
    from?: string;
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: HOST,
        port: server.port,
        path,
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
        localAddress: options.from,
        headers: {
          ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(options.cookie ? { Cookie: options.cookie } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const cookieOf = (answer: Answer): string | null => {
  const set = answer.headers['set-cookie']?.[0];
  return set ? (set.split(';')[0] ?? null) : null;
};

const refusal = (answer: Answer): string => (JSON.parse(answer.body) as { error: string }).error;

let dir: ReturnType<typeof makeTempDir>;
let room: Room;
let server: RunningRoomServer;

beforeEach(async () => {
  dir = makeTempDir();
  mkdirSync(join(dir.path, 'assets'));
  writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>room</title>');
  writeFileSync(join(dir.path, 'assets', 'page-abc123.js'), 'console.log(1)');
  room = new Room();
  server = await startRoomServer({ room, host: HOST, pageDir: dir.path });
});

afterEach(async () => {
  await server.close();
  dir.remove();
});

async function joined(): Promise<string> {
  const answer = await call(server, `/j/${room.joinToken}`);
  const cookie = cookieOf(answer);
  if (!cookie) throw new Error('not joined');
  return cookie;
}

describe('the workshop room’s listener', () => {
  it('trades the QR code’s token for an HttpOnly cookie and a clean address', async () => {
    const answer = await call(server, `/j/${room.joinToken}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    expect(answer.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict; Path=\//);
    const state = await call(server, '/room/state', { cookie: cookieOf(answer) });
    expect(JSON.parse(state.body)).toMatchObject({ joined: true });
    // A rotated token and code no longer work: sent to type the code, with no cookie.
    const oldCode = room.joinCode;
    room.rotate();
    const stale = await call(server, '/room/join', { body: JSON.stringify({ code: oldCode }) });
    expect(refusal(stale)).toBe('room.badCode');
    const old = await call(server, `/j/${encodeURIComponent('x'.repeat(22))}`);
    expect(old).toMatchObject({ status: 303, headers: { location: '/?link=old' } });
    expect(cookieOf(old)).toBeNull();
  });

  it('takes the typed code however it is typed, and refuses a wrong one', async () => {
    const wrong = await call(server, '/room/join', { body: JSON.stringify({ code: 'AAAAAA' }) });
    expect(wrong.status).toBe(403);
    expect(refusal(wrong)).toBe('room.badCode');
    const typed = room.joinCode.toLowerCase().replace(/(...)/, '$1 ');
    const right = await call(server, '/room/join', { body: JSON.stringify({ code: typed }) });
    expect(right.status).toBe(200);
    expect(cookieOf(right)).not.toBeNull();
  });

  it('locks out 1,000 guessed codes from many addresses: none gets in', async () => {
    let inside = 0;
    let lockedOut = 0;
    for (let i = 0; i < 1000; i++) {
      let guess = '';
      for (let c = 0; c < 6; c++) guess += ROOM_CODE_ALPHABET[(i * 7 + c * 13) % 25];
      if (guess === room.joinCode) continue;
      const answer = await call(server, '/room/join', {
        body: JSON.stringify({ code: guess }),
        from: `127.0.1.${(i % 40) + 1}`,
      });
      if (answer.status === 200) inside += 1;
      if (answer.status === 429) lockedOut += 1;
    }
    expect(inside).toBe(0);
    expect(lockedOut).toBeGreaterThan(900);
    // Locked out overall: even the right code waits, and says why.
    const right = await call(server, '/room/join', {
      body: JSON.stringify({ code: room.joinCode }),
      from: '127.0.2.1',
    });
    expect(right.status).toBe(429);
    expect(refusal(right)).toBe('room.lockedOut');
    expect(room.status().participants).toEqual([]);
  });

  it('answers 404 to every path of the app’s own API, and serves nothing outside the page', async () => {
    for (const path of [
      '/api/plans.list',
      '/api/plans.get',
      '/api/events',
      '/api/team.status',
      '/api/settings.get',
      '/assets/../../etc/passwd',
      '/assets/missing.js',
      '/room/../api/plans.list',
    ]) {
      for (const method of ['GET', 'POST']) {
        // As a page would send it, or a script with the wrong type: never past the 404.
        const answer = await call(server, path, {
          method,
          ...(method === 'POST' ? { body: '{}', headers: { 'Content-Type': 'text/plain' } } : {}),
        });
        expect(answer.status, `${method} ${path}`).toBe(404);
      }
    }
    expect((await call(server, '/assets/page-abc123.js')).status).toBe(200);
    const page = await call(server, '/');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('refuses a foreign Host, a cross-site write, an oversized or malformed body', async () => {
    const cookie = await joined();
    const foreign = await call(server, '/room/state', {
      cookie,
      headers: { Host: 'attacker.example:80' },
    });
    expect(foreign.status).toBe(421);
    const profile = JSON.stringify({ name: 'Eve', team: 'sales' });
    for (const headers of [
      { Origin: 'http://attacker.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Content-Type': 'text/plain' },
    ]) {
      const answer = await call(server, '/room/profile', { cookie, body: profile, headers });
      expect(answer.status, JSON.stringify(headers)).toBeGreaterThanOrEqual(403);
    }
    const big = await call(server, '/room/profile', {
      cookie,
      body: JSON.stringify({ name: 'x'.repeat(40_000), team: 'sales' }),
    });
    expect(big.status).toBe(413);
    const malformed = await call(server, '/room/profile', { cookie, body: '{"name":' });
    expect(malformed.status).toBe(400);
    const unknownTeam = await call(server, '/room/profile', {
      cookie,
      body: JSON.stringify({ name: 'Eve', team: 'finance' }),
    });
    expect(unknownTeam.status).toBe(400);
    // Nothing of it was taken.
    expect(room.status().participants).toEqual([expect.objectContaining({ name: '', team: null })]);
  });

  it('keeps a script in a name as text, and refuses votes beyond the allowance and answers after a lock', async () => {
    const cookie = await joined();
    const name = '<img src=x onerror=alert(1)>';
    await call(server, '/room/profile', { cookie, body: JSON.stringify({ name, team: 'sales' }) });
    expect(room.status().participants[0]?.name).toBe(name);
    const vote = room.start({
      kind: 'vote',
      anonymous: false,
      title: 'What first?',
      items: [
        { id: 'a', text: 'SLA' },
        { id: 'b', text: 'Scoring' },
      ],
      votesPerPerson: 3,
      capPerItem: 2,
    });
    const send = (votes: Record<string, number>) =>
      call(server, '/room/vote', { cookie, body: JSON.stringify({ activityId: vote.id, votes }) });
    expect(refusal(await send({ a: 2, b: 2 }))).toBe('room.tooManyVotes');
    expect(refusal(await send({ a: 3 }))).toBe('room.overCap');
    expect(refusal(await send({ zzz: 1 }))).toBe('room.invalid');
    expect((await send({ a: 2, b: 1 })).status).toBe(200);
    room.setActivity({ locked: true, revealed: true });
    expect(refusal(await send({ b: 1 }))).toBe('room.activityLocked');
    expect(room.status().votes).toEqual([
      { id: 'a', text: 'SLA', count: 2, voters: [name] },
      { id: 'b', text: 'Scoring', count: 1, voters: [name] },
    ]);
    room.close();
    const after = await call(server, '/room/profile', {
      cookie,
      body: JSON.stringify({ name: 'Later', team: 'other' }),
    });
    expect(refusal(after)).toBe('room.closed');
  });

  it('lets the facilitator lock joining and remove someone, who is out at once', async () => {
    const cookie = await joined();
    room.lockJoining(true);
    const late = await call(server, `/j/${room.joinToken}`);
    expect(refusal(late)).toBe('room.joiningLocked');
    const [participant] = room.status().participants;
    room.remove(participant?.id ?? '');
    const answer = await call(server, '/room/profile', {
      cookie,
      body: JSON.stringify({ name: 'Back', team: 'sales' }),
    });
    expect(answer.status).toBe(401);
    expect(refusal(answer)).toBe('room.notJoined');
  });

  it('tells phones of a change through server-sent events within a second', async () => {
    const cookie = await joined();
    const told = new Promise<number>((resolve, reject) => {
      const started = Date.now();
      const req = httpRequest(
        { host: HOST, port: server.port, path: '/room/events', headers: { Cookie: cookie } },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            if (chunk.toString().includes('event: changed')) {
              resolve(Date.now() - started);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    setTimeout(() => room.start({ kind: 'assessment', anonymous: true }), 50);
    expect(await told).toBeLessThan(1000);
  });

  it('takes idea cards as text, twenty a person, none after the question is closed', async () => {
    const cookie = await joined();
    await call(server, '/room/profile', {
      cookie,
      body: JSON.stringify({ name: 'Ana', team: 'marketing' }),
    });
    const ideas = room.start({ kind: 'ideas', anonymous: false, prompt: 'What do we need?' });
    const add = (text: string) =>
      call(server, '/room/idea', { cookie, body: JSON.stringify({ activityId: ideas.id, text }) });
    expect((await add('<script>alert(1)</script>')).status).toBe(200);
    expect(refusal(await add('   '))).toBe('room.invalid');
    expect(refusal(await add('x'.repeat(281)))).toBe('room.invalid');
    for (let i = 1; i < 20; i++) expect((await add(`Idea ${i}`)).status).toBe(200);
    expect(refusal(await add('One more'))).toBe('room.tooManyIdeas');
    room.setActivity({ revealed: true });
    const wall = room.status().ideas ?? [];
    expect(wall).toHaveLength(20);
    expect(wall[0]).toMatchObject({ text: '<script>alert(1)</script>', author: 'Ana' });
    // Merged: one card left, saying both.
    room.curateIdea(wall[1]!.id, { mergeInto: wall[2]!.id });
    expect(room.status().ideas?.find((c) => c.id === wall[2]!.id)?.merged).toEqual(['Idea 1']);
    room.setActivity({ locked: true });
    expect(refusal(await add('Late'))).toBe('room.activityLocked');
    expect(room.status().ideaCount).toBe(19);
  });

  it('in an anonymous assessment, shows and keeps no team of fewer than three answers', () => {
    const people = ['sales', 'sales', 'sales', 'marketing', 'marketing'].map((team) => {
      const session = room.joinWithCode(room.joinCode);
      room.setProfile(session, { name: '', team: team as 'sales' | 'marketing' });
      return session;
    });
    for (const anonymous of [true, false]) {
      const run = room.start({ kind: 'assessment', anonymous });
      for (const session of people) room.answer(session, run.id, { 'com-1': 4 });
      room.setActivity({ revealed: true });
      const shown = room.status().assessment;
      expect(shown?.sales['com-1']).toEqual([0, 0, 0, 3, 0]);
      // Two marketers: their answers would be theirs alone.
      expect(shown?.marketing['com-1']).toEqual(anonymous ? undefined : [0, 0, 0, 2, 0]);
    }
  });
});
