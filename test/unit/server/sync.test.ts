import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCommands } from '../../../shared/domain/reducer';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import type { Mutation } from '../../../shared/sync/protocol';
import { TeamDatabase } from '../../../server/db/database';
import { SERVICE_ROLE } from '../../../server/db/migrations';
import { pull } from '../../../server/pull';
import { push } from '../../../server/sync';
import {
  authenticate,
  createInvite,
  createTeam,
  joinTeam,
  revokeDevice,
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

/** A team with an owner's device and an editor's device, each joined with its invite. */
async function team(name = 'Acme'): Promise<{ teamId: string; ana: Caller; bo: Caller }> {
  const { teamId, invite } = await createTeam(db, name, 'Ana');
  const ana = await joinTeam(db, invite, 'Ana’s laptop');
  const boInvite = await createInvite(db, teamId, 'Bo', 'editor', 7);
  const bo = await joinTeam(db, boInvite.toLowerCase().replaceAll('-', ' '), 'Bo’s laptop');
  return {
    teamId,
    ana: await authenticate(db, ana.token),
    bo: await authenticate(db, bo.token),
  };
}

function sharedPlan(): PlanDoc {
  return { ...waterfallPlan('es'), id: randomUUID() };
}

const command = (id: number, planId: string, cmd: unknown, baseRevision = 1): Mutation => ({
  kind: 'command',
  id,
  planId,
  baseRevision,
  command: cmd,
});

describe('the team server’s database', () => {
  it('migrates once, and refuses a database set up by a newer server', async () => {
    expect(await db.migrate()).toBe(4);
    const newer = new TeamDatabase(postgres.url);
    await expect(
      newer.migrate([
        { version: 1, name: 'x', sql: '' },
        { version: 2, name: 'y', sql: '' },
        { version: 3, name: 'z', sql: '' },
        { version: 4, name: 'w', sql: '' },
        { version: 5, name: 'next', sql: 'CREATE TABLE later (id int)' },
      ]),
    ).resolves.toBe(5);
    await expect(db.migrate()).rejects.toThrow(/newer team server \(schema 5/);
    await newer.asOwner((client) => client.query('DROP TABLE later'));
    await newer.asOwner((client) =>
      client.query('DELETE FROM schema_migrations WHERE version = 5'),
    );
    await newer.close();
  });

  it('lets another team see nothing, even to a direct query as the service role', async () => {
    const a = await team('Team A');
    const b = await team('Team B');
    const plan = sharedPlan();
    await push(db, a.ana, {
      schemaVersion: 5,
      mutations: [{ kind: 'share', id: 1, planId: plan.id, doc: plan }],
    });
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      await client.query(`SET ROLE ${SERVICE_ROLE}`);
      await client.query("SELECT set_config('app.team_id', $1, false)", [b.teamId]);
      for (const table of ['teams', 'members', 'devices', 'plans', 'plan_changes', 'invites']) {
        const { rows } = await client.query(
          `SELECT * FROM ${table} WHERE ${table === 'teams' ? 'id' : 'team_id'} = $1`,
          [a.teamId],
        );
        expect(rows, table).toEqual([]);
      }
      // No team at all: no row of any team.
      await client.query("SELECT set_config('app.team_id', '', false)");
      expect((await client.query('SELECT * FROM plans')).rows).toEqual([]);
      // And writing into another team is refused by the policy itself.
      await client.query("SELECT set_config('app.team_id', $1, false)", [b.teamId]);
      await expect(
        client.query('UPDATE plans SET revision = 99 WHERE id = $1', [plan.id]),
      ).resolves.toMatchObject({ rowCount: 0 });
    } finally {
      await client.end();
    }
    // Through the service: B's push to A's plan is forbidden whole, and B's pull has none of A's.
    await expect(
      push(db, b.bo, {
        schemaVersion: 5,
        mutations: [command(1, plan.id, { type: 'plan.rename', name: 'Stolen' })],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      push(db, b.bo, {
        schemaVersion: 5,
        mutations: [{ kind: 'share', id: 1, planId: plan.id, doc: { ...plan, name: 'Taken' } }],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await pull(db, b.bo, { known: {}, sinceMutation: 0 })).plans).toEqual([]);
    // A push that renames B's own plan, then A's, is refused whole: B's rename is not kept.
    const own = sharedPlan();
    await push(db, b.bo, {
      schemaVersion: 5,
      mutations: [{ kind: 'share', id: 1, planId: own.id, doc: own }],
    });
    await expect(
      push(db, b.bo, {
        schemaVersion: 5,
        mutations: [
          command(2, own.id, { type: 'plan.rename', name: 'Renamed' }),
          command(3, plan.id, { type: 'plan.rename', name: 'Stolen' }),
        ],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const seen = await pull(db, b.bo, { known: {}, sinceMutation: 0 });
    expect(seen.plans.map((p) => [(p.doc as PlanDoc).name, p.revision])).toEqual([[own.name, 1]]);
  });
});

describe('sync by server reconciliation', () => {
  it('applies pushed edits with the reducer, and a pull brings the same document', async () => {
    const { ana, bo } = await team();
    const plan = sharedPlan();
    const shared = await push(db, ana, {
      schemaVersion: 5,
      mutations: [{ kind: 'share', id: 1, planId: plan.id, doc: plan }],
    });
    expect(shared).toEqual({
      lastMutation: 1,
      results: [{ id: 1, planId: plan.id, applied: true, revision: 1, reason: null }],
    });
    const edits = [
      { type: 'funnel.assumptions.set', patch: { topVolume: 1200 } },
      { type: 'plan.rename', name: 'Plan compartido' },
    ] as const;
    const pushed = await push(db, bo, {
      schemaVersion: 5,
      mutations: edits.map((edit, i) => command(i + 1, plan.id, edit)),
    });
    expect(pushed.results.map((r) => [r.applied, r.revision])).toEqual([
      [true, 2],
      [true, 3],
    ]);
    const pulled = await pull(db, ana, { known: { [plan.id]: 1 }, sinceMutation: 1 });
    expect(pulled.plans).toHaveLength(1);
    expect(pulled.plans[0]).toMatchObject({ revision: 3, updatedBy: 'Bo' });
    expect(pulled.plans[0]!.doc).toEqual(applyCommands(plan, [...edits]).doc);
    // Holding the latest revision, a device gets nothing again.
    expect((await pull(db, ana, { known: { [plan.id]: 3 }, sinceMutation: 1 })).plans).toEqual([]);
  });

  it('answers a push sent again after a lost answer without applying anything twice', async () => {
    const { ana } = await team();
    const plan = sharedPlan();
    const request = {
      schemaVersion: 5,
      mutations: [
        { kind: 'share', id: 1, planId: plan.id, doc: plan } as const,
        command(2, plan.id, { type: 'funnel.assumptions.set', patch: { topVolume: 10 } }),
      ],
    };
    const first = await push(db, ana, request);
    // The same push twice at once (a retry racing the original) and once more after.
    const [again, racing] = await Promise.all([push(db, ana, request), push(db, ana, request)]);
    expect(again).toEqual(first);
    expect(racing).toEqual(first);
    const pulled = await pull(db, ana, { known: {}, sinceMutation: 0 });
    expect(pulled.plans[0]?.revision).toBe(2);
    const changes = await db.asOwner((client) =>
      client.query('SELECT count(*)::int AS n FROM plan_changes WHERE plan_id = $1', [plan.id]),
    );
    expect(changes.rows[0]).toEqual({ n: 2 });
  });

  it('records an edit that no longer fits as not applied, and tells its author why', async () => {
    const { ana, bo } = await team();
    const plan = sharedPlan();
    await push(db, ana, {
      schemaVersion: 5,
      mutations: [{ kind: 'share', id: 1, planId: plan.id, doc: plan }],
    });
    const stage = plan.funnel.stages[1]!;
    // Ana removes the stage; Bo, offline on revision 1, renames it.
    await push(db, ana, {
      schemaVersion: 5,
      mutations: [command(2, plan.id, { type: 'funnel.stages.remove', stageIds: [stage.id] })],
    });
    const renamed = await push(db, bo, {
      schemaVersion: 5,
      mutations: [
        command(1, plan.id, {
          type: 'funnel.stage.update',
          stageId: stage.id,
          patch: { name: 'Lead cualificado' },
        }),
        command(2, plan.id, { type: 'plan.rename', name: 'Revisado' }),
      ],
    });
    expect(renamed.results[0]).toMatchObject({ applied: false, reason: { code: 'missing.stage' } });
    expect(renamed.results[1]).toMatchObject({ applied: true, revision: 3 });
    const pulled = await pull(db, bo, { known: {}, sinceMutation: 0 });
    expect(pulled.refused).toEqual([
      {
        id: 1,
        planId: plan.id,
        command: {
          type: 'funnel.stage.update',
          stageId: stage.id,
          patch: { name: 'Lead cualificado' },
        },
        reason: expect.objectContaining({ code: 'missing.stage' }),
      },
    ]);
    // Refusals already seen are not sent again.
    expect((await pull(db, bo, { known: {}, sinceMutation: 2 })).refused).toEqual([]);
  });

  it('refuses a viewer’s push, a revoked device, a newer schema and a used invite', async () => {
    const { teamId, ana } = await team();
    const code = await createInvite(db, teamId, 'Cy', 'viewer', 7);
    const cy = await joinTeam(db, code, 'Cy’s phone');
    await expect(joinTeam(db, code, 'again')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const viewer = await authenticate(db, cy.token);
    const plan = sharedPlan();
    await expect(
      push(db, viewer, {
        schemaVersion: 5,
        mutations: [{ kind: 'share', id: 1, planId: plan.id, doc: plan }],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      push(db, ana, {
        schemaVersion: 99,
        mutations: [{ kind: 'share', id: 1, planId: plan.id, doc: plan }],
      }),
    ).rejects.toMatchObject({ code: 'NEWER_SCHEMA' });
    expect(await revokeDevice(db, cy.deviceId)).toBe(true);
    await expect(authenticate(db, cy.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const expired = await createInvite(db, teamId, 'Di', 'editor', 1);
    await db.asOwner((client) =>
      client.query("UPDATE invites SET expires_at = now() - interval '1 minute'"),
    );
    await expect(joinTeam(db, expired, 'late')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
