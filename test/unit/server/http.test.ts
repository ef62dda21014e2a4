import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResponse, PushResponse, PullResponse } from '../../../shared/sync/protocol';
import { TeamDatabase } from '../../../server/db/database';
import { JOIN_ATTEMPTS } from '../../../server/join-limiter';
import { createInvite, createTeam } from '../../../server/teams';
import { waterfallPlan } from '../../helpers/plans';
import { startPostgres, type RunningPostgres } from '../../helpers/postgres';
import { spawnTeamServer } from '../../helpers/team-server';

let postgres: RunningPostgres;
const servers: Array<{ kill: () => void }> = [];

/** One team server process, as `npm run team-server` starts it; resolves with its address. */
async function startServer(): Promise<string> {
  const server = await spawnTeamServer(postgres.url, 0);
  servers.push(server);
  return server.url;
}

async function call<T>(
  base: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** The first "changed" notice on a device's event stream, and how long it took to come. */
async function firstNotice(
  base: string,
  token: string,
  signal: AbortSignal,
): Promise<{ planId: string }> {
  const response = await fetch(`${base}/v1/events`, {
    headers: { Authorization: `Bearer ${token}` },
    signal,
  });
  const reader = response.body!.getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended');
    text += new TextDecoder().decode(value);
    const match = /event: changed\ndata: (.+)\n\n/.exec(text);
    if (match?.[1]) return JSON.parse(match[1]) as { planId: string };
  }
}

beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);

afterAll(() => {
  for (const server of servers) server.kill();
  postgres?.stop();
});

describe('two team server processes on one database', () => {
  it('a push to one is announced and pulled through the other within a second', async () => {
    const [one, two] = await Promise.all([startServer(), startServer()]);
    const db = new TeamDatabase(postgres.url);
    const { teamId, invite } = await createTeam(db, 'Acme', 'Ana');
    const boInvite = await createInvite(db, teamId, 'Bo', 'editor', 7);
    await db.close();
    const ana = await call<JoinResponse>(one!, '/v1/join', {
      code: invite,
      deviceName: 'Ana’s laptop',
    });
    const bo = await call<JoinResponse>(two!, '/v1/join', {
      code: boInvite,
      deviceName: 'Bo’s laptop',
    });
    expect(ana.status).toBe(200);

    const listening = new AbortController();
    const notice = firstNotice(two!, bo.body.token, listening.signal);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const plan = { ...waterfallPlan('es'), id: randomUUID() };
    const sent = Date.now();
    const pushed = await call<PushResponse>(
      one!,
      '/v1/push',
      { schemaVersion: 5, mutations: [{ kind: 'share', id: 1, planId: plan.id, doc: plan }] },
      ana.body.token,
    );
    expect(pushed.body.results[0]).toMatchObject({ applied: true, revision: 1 });
    expect((await notice).planId).toBe(plan.id);
    expect(Date.now() - sent).toBeLessThan(1000);
    listening.abort();
    const pulled = await call<PullResponse>(
      two!,
      '/v1/pull',
      { known: {}, sinceMutation: 0 },
      bo.body.token,
    );
    expect(pulled.body.plans.map((p) => p.id)).toEqual([plan.id]);
    // Another team's laptop: forbidden to touch the plan, and it sees none of it.
    const other = await (async () => {
      const otherDb = new TeamDatabase(postgres.url);
      const made = await createTeam(otherDb, 'Globex', 'Cy');
      await otherDb.close();
      return call<JoinResponse>(one!, '/v1/join', { code: made.invite, deviceName: 'Cy’s laptop' });
    })();
    const foreign = await call<{ error: { code: string } }>(
      one!,
      '/v1/push',
      {
        schemaVersion: 5,
        mutations: [
          {
            kind: 'command',
            id: 1,
            planId: plan.id,
            baseRevision: 1,
            command: { type: 'plan.rename', name: 'Ours' },
          },
        ],
      },
      other.body.token,
    );
    expect(foreign).toEqual({
      status: 403,
      body: { error: { code: 'FORBIDDEN', message: 'this plan belongs to another team' } },
    });
    const theirs = await call<PullResponse>(
      two!,
      '/v1/pull',
      { known: {}, sinceMutation: 0 },
      other.body.token,
    );
    expect(theirs.body.plans).toEqual([]);
  }, 60_000);

  it('answers bad requests with a code, never a stack', async () => {
    const base = await startServer();
    expect((await call(base, '/v1/pull', { known: {}, sinceMutation: 0 })).status).toBe(401);
    expect(
      (await call(base, '/v1/pull', { known: {}, sinceMutation: 0 }, 'x'.repeat(43))).body,
    ).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'unknown or revoked device' },
    });
    expect((await call(base, '/v1/join', '{"code": ')).body).toEqual({
      error: { code: 'INVALID_INPUT', message: 'the body is not JSON' },
    });
    const huge = await call(
      base,
      '/v1/join',
      JSON.stringify({ code: 'x'.repeat(7 * 1024 * 1024) }),
    );
    expect(huge.status).toBe(413);
    // Guessing invite codes: after ten wrong codes from one address in a quarter of an
    // hour, a wait is asked for.
    const statuses: number[] = [];
    for (let i = 0; i < JOIN_ATTEMPTS + 2; i++) {
      const attempt = await call(base, '/v1/join', { code: `WRONG-CODE-${i}`, deviceName: 'x' });
      statuses.push(attempt.status);
    }
    expect(statuses).toEqual([...Array(JOIN_ATTEMPTS).fill(401), 429, 429]);
  }, 60_000);
});
