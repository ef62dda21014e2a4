import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { PLAN_SCHEMA_VERSION } from '../../../shared/domain/plan-doc';
import type { Mutation } from '../../../shared/sync/protocol';
import { TeamDatabase } from '../../../server/db/database';
import { MIGRATIONS } from '../../../server/db/migrations';
import { push } from '../../../server/sync';
import {
  authenticate,
  createInvite,
  createTeam,
  joinTeam,
  type Caller,
} from '../../../server/teams';
import { waterfallPlan } from '../../helpers/plans';
import { startPostgres, type RunningPostgres } from '../../helpers/postgres';

let postgres: RunningPostgres;
let db: TeamDatabase;

beforeAll(async () => {
  postgres = await startPostgres();
  db = new TeamDatabase(postgres.url);
  await db.migrate();
}, 60_000);

afterAll(async () => {
  await db?.close();
  postgres?.stop();
});

async function teamOfTwo(): Promise<{ ana: Caller; bo: Caller }> {
  const { teamId, invite } = await createTeam(db, 'Acme', 'Ana');
  const ana = await joinTeam(db, invite, 'Ana’s laptop');
  const bo = await joinTeam(db, await createInvite(db, teamId, 'Bo', 'editor', 7), 'Bo’s laptop');
  return { ana: await authenticate(db, ana.token), bo: await authenticate(db, bo.token) };
}

/** Pushes one mutation and answers with whether it was applied and why not. */
async function send(caller: Caller, mutation: Mutation): Promise<string | null> {
  const answer = await push(db, caller, {
    schemaVersion: PLAN_SCHEMA_VERSION,
    mutations: [mutation],
  });
  const result = answer.results[0];
  return result?.applied ? null : (result?.reason?.code ?? 'no answer');
}

const edit = (id: number, planId: string, command: unknown): Mutation => ({
  kind: 'command',
  id,
  planId,
  baseRevision: 1,
  command,
});
const undo = (id: number, planId: string, mutations: number[]): Mutation => ({
  kind: 'undo',
  id,
  planId,
  baseRevision: 1,
  mutations,
});

async function planOnServer(id: string): Promise<{ doc: PlanDoc; revision: number }> {
  return db.asOwner(async (client) => {
    const { rows } = await client.query<{ doc: PlanDoc; revision: string }>(
      'SELECT doc, revision FROM plans WHERE id = $1',
      [id],
    );
    return { doc: rows[0]!.doc, revision: Number(rows[0]!.revision) };
  });
}

describe('undo on the team server', () => {
  it('takes back a device’s own step, and refuses where someone else changed the same thing since', async () => {
    const { ana, bo } = await teamOfTwo();
    const plan: PlanDoc = { ...waterfallPlan('es'), id: randomUUID() };
    const [first, second] = plan.funnel.stages;
    expect(await send(ana, { kind: 'share', id: 1, planId: plan.id, doc: plan })).toBeNull();
    const rename = (stageId: string, name: string) => ({
      type: 'funnel.stage.update',
      stageId,
      patch: { name },
    });

    // Ana renames one stage, Bo another; Ana's undo takes back hers alone.
    expect(await send(ana, edit(2, plan.id, rename(first!.id, 'Ana 1')))).toBeNull();
    expect(await send(bo, edit(1, plan.id, rename(second!.id, 'Bo 2')))).toBeNull();
    expect(await send(ana, undo(3, plan.id, [2]))).toBeNull();
    let stages = (await planOnServer(plan.id)).doc.funnel.stages;
    expect(stages.slice(0, 2).map((s) => s.name)).toEqual([first!.name, 'Bo 2']);

    // Bo sets the client, Ana changes it after: Bo's undo would overwrite Ana's edit.
    const client = (name: string) => ({ type: 'plan.setMeta', patch: { client: name } });
    expect(await send(bo, edit(2, plan.id, client('Bo SL')))).toBeNull();
    expect(await send(ana, edit(4, plan.id, client('Ana SA')))).toBeNull();
    const before = await planOnServer(plan.id);
    expect(await send(bo, undo(3, plan.id, [2]))).toBe('undo.changedSince');
    expect(await planOnServer(plan.id)).toEqual(before);

    // Once Ana takes hers back, nothing of anyone else's stands over Bo's: his undo goes.
    expect(await send(ana, undo(5, plan.id, [4]))).toBeNull();
    expect((await planOnServer(plan.id)).doc.client).toBe('Bo SL');
    expect(await send(bo, undo(4, plan.id, [2]))).toBeNull();
    expect((await planOnServer(plan.id)).doc.client).toBe(plan.client);

    // A step redone goes out as its command again, and is undone as such.
    expect(await send(bo, edit(5, plan.id, client('Bo SL')))).toBeNull();
    expect(await send(bo, undo(6, plan.id, [5]))).toBeNull();
    expect((await planOnServer(plan.id)).doc.client).toBe(plan.client);

    // An undo of an edit the server never applied changes nothing, not even the revision.
    expect(await send(ana, edit(6, plan.id, rename('gone', 'x')))).toBe('missing.stage');
    const unchanged = await planOnServer(plan.id);
    expect(await send(ana, undo(7, plan.id, [6]))).toBeNull();
    expect(await planOnServer(plan.id)).toEqual(unchanged);
    stages = unchanged.doc.funnel.stages;
    expect(stages.slice(0, 2).map((s) => s.name)).toEqual([first!.name, 'Bo 2']);
  });

  it('undoes a step typed as several mutations, newest first, back to before the first', async () => {
    const { ana } = await teamOfTwo();
    const plan: PlanDoc = { ...waterfallPlan('en'), id: randomUUID() };
    await send(ana, { kind: 'share', id: 1, planId: plan.id, doc: plan });
    for (const [i, name] of ['A', 'Ac', 'Acm', 'Acme'].entries()) {
      expect(await send(ana, edit(i + 2, plan.id, { type: 'plan.rename', name }))).toBeNull();
    }
    expect(await send(ana, undo(6, plan.id, [2, 3, 4, 5]))).toBeNull();
    expect((await planOnServer(plan.id)).doc.name).toBe(plan.name);
  });

  it('adds undo’s columns to a change log kept by the first schema (migration 2)', async () => {
    const name = `mig_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = postgres.url.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
    const old = new TeamDatabase(url);
    try {
      expect(await old.migrate(MIGRATIONS.slice(0, 1))).toBe(1);
      const owner = new pg.Client({ connectionString: url });
      await owner.connect();
      try {
        const team = randomUUID();
        const member = randomUUID();
        const device = randomUUID();
        await owner.query("INSERT INTO teams (id, name) VALUES ($1, 'T')", [team]);
        await owner.query(
          "INSERT INTO members (id, team_id, name, role) VALUES ($1, $2, 'M', 'owner')",
          [member, team],
        );
        await owner.query(
          "INSERT INTO devices (id, team_id, member_id, name, token_hash) VALUES ($1, $2, $3, 'D', '\\x00')",
          [device, team, member],
        );
        await owner.query(
          `INSERT INTO plan_changes (plan_id, team_id, device_id, mutation, revision, command, applied, author)
           VALUES ('p', $1, $2, 1, 2, '{"type":"plan.rename","name":"x"}', true, $3)`,
          [team, device, member],
        );
        expect(await old.migrate(MIGRATIONS.slice(0, 2))).toBe(2);
        const { rows } = await owner.query(
          'SELECT inverse, touched, undone FROM plan_changes WHERE device_id = $1',
          [device],
        );
        // Kept, with nothing to replay: an undo of it is refused rather than guessed.
        expect(rows).toEqual([{ inverse: null, touched: null, undone: false }]);
      } finally {
        await owner.end();
      }
    } finally {
      await old.close();
    }
  });
});
