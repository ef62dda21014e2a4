import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db';
import { PlanService, systemClock } from '../../../electron/core/plan-service';
import { TeamSync } from '../../../electron/core/team/team-sync';
import { MemoryTokenStore } from '../../../electron/core/team/token-store';
import type { TeamDatabase } from '../../../server/db/database';
import { createInvite, createTeam } from '../../../server/teams';
import { startTeamServerForTests, type TeamServerForTests } from '../../helpers/team-server';
import { TcpProxy } from '../../helpers/tcp-proxy';
import { makeTempDir } from '../../helpers/temp-dir';

let team: TeamServerForTests;
let db: TeamDatabase;
let server: { url: string };

beforeAll(async () => {
  team = await startTeamServerForTests();
  db = team.db;
  server = { url: team.url };
}, 60_000);

afterAll(async () => {
  await team?.stop();
});

interface Device {
  library: Db;
  plans: PlanService;
  sync: TeamSync;
  /** When set, the next push reaches the server but its answer is lost on the way back. */
  dropNextAnswer: boolean;
  close: () => void;
}

/** A laptop: its own SQLite library and plan service, syncing through the team server. */
function device(): Device {
  const dir = makeTempDir();
  const library = openDatabase(join(dir.path, 'library.sqlite'));
  const plans = new PlanService(library, systemClock);
  const self: Device = {
    library,
    plans,
    dropNextAnswer: false,
    sync: undefined as unknown as TeamSync,
    close: () => {
      self.sync.stop();
      library.close();
      dir.remove();
    },
  };
  const flaky: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (self.dropNextAnswer && String(input).endsWith('/v1/push')) {
      self.dropNextAnswer = false;
      await response.arrayBuffer();
      throw new TypeError('fetch failed: the connection was reset');
    }
    return response;
  };
  self.sync = new TeamSync(library, plans, new MemoryTokenStore(), () => new Date(), flaky);
  return self;
}

async function teamOfTwo(): Promise<{ ana: Device; bo: Device }> {
  const { teamId, invite } = await createTeam(db, 'Ñandú', 'Ana');
  const boInvite = await createInvite(db, teamId, 'Bo', 'editor', 7);
  const ana = device();
  const bo = device();
  await ana.sync.connect(server.url, invite, 'Ana’s laptop');
  await bo.sync.connect(server.url, boInvite, 'Bo’s laptop');
  return { ana, bo };
}

describe('two laptops sharing a plan through the team server', () => {
  it('edit offline on both, then sync: the documents are equal and every edit is in', async () => {
    const { ana, bo } = await teamOfTwo();
    const created = ana.plans.create({ name: 'Plan 2027', template: 'waterfall', language: 'es' });
    const id = created.doc.id;
    await ana.sync.share(id);
    await bo.sync.sync();
    expect(bo.plans.document(id)).toEqual(ana.plans.document(id));

    // Offline: each edits a different thing.
    const [first, second] = created.doc.funnel.stages;
    ana.plans.apply(id, [{ type: 'funnel.assumptions.set', patch: { topVolume: 2400 } }]);
    bo.plans.apply(id, [
      { type: 'funnel.stage.update', stageId: second!.id, patch: { name: 'Lead cualificado' } },
    ]);
    expect(ana.sync.status()).toMatchObject({ state: 'pending', pending: 1 });
    await ana.sync.sync();
    await bo.sync.sync();
    await ana.sync.sync();
    const [a, b] = [ana.plans.document(id), bo.plans.document(id)];
    expect(a).toEqual(b);
    expect(a.funnel.assumptions.topVolume).toBe(2400);
    expect(a.funnel.stages.find((s) => s.id === second!.id)?.name).toBe('Lead cualificado');
    expect(a.funnel.stages[0]?.id).toBe(first!.id);
    expect(ana.sync.status()).toMatchObject({ state: 'synced', pending: 0, refused: 0 });
    ana.close();
    bo.close();
  }, 30_000);

  it('undo in a shared plan reaches the team; one over a teammate’s newer edit is refused and shown', async () => {
    const { ana, bo } = await teamOfTwo();
    const created = ana.plans.create({ name: 'Plan', template: 'waterfall', language: 'es' });
    const id = created.doc.id;
    const original = created.doc.funnel.assumptions.topVolume;
    // A step from before sharing is in the plan the team started from: not undone.
    ana.plans.apply(id, [{ type: 'plan.setMeta', patch: { client: 'Ñandú SL' } }]);
    await ana.sync.share(id);
    expect(() => ana.plans.undo(id)).toThrow(
      expect.objectContaining({ refusal: { code: 'undo.beforeShared' } }),
    );
    await bo.sync.sync();

    // Ana's edit and Bo's of something else; Ana's undo, made after Bo's arrived, takes
    // back hers only, on every laptop.
    const stage = created.doc.funnel.stages[1]!;
    ana.plans.apply(id, [{ type: 'funnel.assumptions.set', patch: { topVolume: 2400 } }]);
    await ana.sync.sync();
    bo.plans.apply(id, [
      { type: 'funnel.stage.update', stageId: stage.id, patch: { name: 'MQL de Bo' } },
    ]);
    await bo.sync.sync();
    await ana.sync.sync();
    expect(ana.plans.undo(id).doc.funnel.assumptions.topVolume).toBe(original);
    await ana.sync.sync();
    await bo.sync.sync();
    for (const laptop of [ana, bo]) {
      const doc = laptop.plans.document(id);
      expect(doc.funnel.assumptions.topVolume).toBe(original);
      expect(doc.funnel.stages[1]?.name).toBe('MQL de Bo');
    }
    // Redo goes out again too.
    expect(ana.plans.redo(id).doc.funnel.assumptions.topVolume).toBe(2400);
    await ana.sync.sync();
    await bo.sync.sync();
    expect(bo.plans.document(id).funnel.assumptions.topVolume).toBe(2400);

    // Bo changes the same figure; Ana, not having heard yet, undoes hers: the server keeps
    // Bo's, and Ana is shown the undo that did not happen, and why.
    bo.plans.apply(id, [{ type: 'funnel.assumptions.set', patch: { topVolume: 3000 } }]);
    await bo.sync.sync();
    expect(ana.plans.undo(id).doc.funnel.assumptions.topVolume).toBe(original);
    await ana.sync.sync();
    expect(ana.plans.document(id)).toEqual(bo.plans.document(id));
    expect(ana.plans.document(id).funnel.assumptions.topVolume).toBe(3000);
    expect(ana.sync.refusedEdits()).toEqual([
      expect.objectContaining({
        command: {
          kind: 'undo',
          commands: [{ type: 'funnel.assumptions.set', patch: { topVolume: 2400 } }],
        },
        reason: expect.objectContaining({ code: 'undo.changedSince' }),
      }),
    ]);
    // And once Bo's edit is in here, Ana's laptop says so before sending anything.
    ana.plans.apply(id, [{ type: 'funnel.assumptions.set', patch: { topVolume: 2500 } }]);
    await ana.sync.sync();
    bo.plans.apply(id, [{ type: 'funnel.assumptions.set', patch: { topVolume: 2600 } }]);
    await bo.sync.sync();
    await ana.sync.sync();
    expect(() => ana.plans.undo(id)).toThrow(
      expect.objectContaining({ refusal: { code: 'undo.changedSince' } }),
    );
    ana.close();
    bo.close();
  }, 30_000);

  it('a rename of a stage the other deleted is not applied, and its author is told why', async () => {
    const { ana, bo } = await teamOfTwo();
    const created = ana.plans.create({ name: 'Plan', template: 'waterfall', language: 'es' });
    const id = created.doc.id;
    await ana.sync.share(id);
    await bo.sync.sync();
    const stage = created.doc.funnel.stages[1]!;
    ana.plans.apply(id, [{ type: 'funnel.stages.remove', stageIds: [stage.id] }]);
    bo.plans.apply(id, [
      { type: 'funnel.stage.update', stageId: stage.id, patch: { name: 'Renombrada' } },
    ]);
    await ana.sync.sync();
    await bo.sync.sync();
    expect(bo.plans.document(id)).toEqual(ana.plans.document(id));
    expect(bo.plans.document(id).funnel.stages.some((s) => s.id === stage.id)).toBe(false);
    expect(bo.sync.status()).toMatchObject({ state: 'refused', refused: 1, pending: 0 });
    expect(bo.sync.refusedEdits()).toEqual([
      expect.objectContaining({
        planId: id,
        command: { type: 'funnel.stage.update', stageId: stage.id, patch: { name: 'Renombrada' } },
        reason: expect.objectContaining({ code: 'missing.stage' }),
      }),
    ]);
    const [refused] = bo.sync.refusedEdits();
    bo.sync.dismissRefused(refused!.id);
    expect(bo.sync.status().state).toBe('synced');
    ana.close();
    bo.close();
  }, 30_000);

  it('a push whose answer was lost is sent again and applied once', async () => {
    const { ana, bo } = await teamOfTwo();
    const created = ana.plans.create({ name: 'Plan', template: 'waterfall', language: 'es' });
    const id = created.doc.id;
    await ana.sync.share(id);
    ana.plans.apply(id, [{ type: 'funnel.assumptions.set', patch: { topVolume: 100 } }]);
    ana.plans.apply(id, [{ type: 'plan.rename', name: 'Plan renombrado' }]);
    ana.dropNextAnswer = true;
    await ana.sync.sync();
    expect(ana.sync.status()).toMatchObject({ state: 'offline', pending: 2 });
    await ana.sync.sync();
    expect(ana.sync.status()).toMatchObject({ state: 'synced', pending: 0 });
    const changes = await db.asOwner((client) =>
      client.query('SELECT count(*)::int AS n FROM plan_changes WHERE plan_id = $1', [id]),
    );
    // The share and the two edits, each once.
    expect(changes.rows[0]).toEqual({ n: 3 });
    await bo.sync.sync();
    expect(bo.plans.document(id)).toEqual(ana.plans.document(id));
    ana.close();
    bo.close();
  }, 30_000);

  it('a notice of a change reaches the other laptop, which pulls it within a second', async () => {
    const { ana, bo } = await teamOfTwo();
    const created = ana.plans.create({ name: 'Plan', template: 'waterfall', language: 'es' });
    const id = created.doc.id;
    await ana.sync.share(id);
    await bo.sync.sync();
    bo.sync.listen();
    await new Promise((resolve) => setTimeout(resolve, 300));
    ana.plans.apply(id, [{ type: 'plan.rename', name: 'Visto al momento' }]);
    const sent = Date.now();
    await ana.sync.sync();
    await expect
      .poll(() => bo.plans.document(id).name, { timeout: 1000, interval: 20 })
      .toBe('Visto al momento');
    expect(Date.now() - sent).toBeLessThan(1000);
    ana.close();
    bo.close();
  }, 30_000);

  it('offline when the network is cut: edits wait, nothing is lost, and the stream comes back', async () => {
    const { ana, bo } = await teamOfTwo();
    const created = ana.plans.create({ name: 'Plan', template: 'waterfall', language: 'es' });
    const id = created.doc.id;
    await ana.sync.share(id);
    // Bo reaches the server through a proxy the test cuts, as a laptop loses the network.
    const target = new URL(server.url);
    const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port) });
    bo.library.prepare('UPDATE team_connection SET server = ? WHERE id = 1').run(proxy.url);
    await bo.sync.sync();
    bo.sync.listen();
    await proxy.cut();
    bo.plans.apply(id, [{ type: 'plan.rename', name: 'Sin red' }]);
    await bo.sync.sync();
    expect(bo.sync.status()).toMatchObject({ state: 'offline', pending: 1 });
    // Meanwhile Ana goes on; when the network is back Bo's stream reconnects by itself.
    ana.plans.apply(id, [{ type: 'funnel.assumptions.set', patch: { topVolume: 777 } }]);
    await ana.sync.sync();
    await proxy.restore();
    await expect
      .poll(() => bo.plans.document(id).funnel.assumptions.topVolume, { timeout: 15_000 })
      .toBe(777);
    await expect.poll(() => bo.sync.status().pending, { timeout: 15_000 }).toBe(0);
    await ana.sync.sync();
    expect(ana.plans.document(id)).toEqual(bo.plans.document(id));
    expect(ana.plans.document(id).name).toBe('Sin red');
    await proxy.cut();
    ana.close();
    bo.close();
  }, 60_000);

  it('two offline decisions of one RACI row’s A: the first stands, the second’s author is told', async () => {
    const { ana, bo } = await teamOfTwo();
    const created = ana.plans.create({ name: 'Plan', template: 'waterfall', language: 'es' });
    const id = created.doc.id;
    ana.plans.apply(id, [
      {
        type: 'raci.activities.add',
        activities: [{ id: 'handover', name: 'Entregar los MQL', phase: 'handoff', handoff: true }],
      },
      {
        type: 'raci.role.add',
        role: { id: 'cmo', name: 'CMO', teamId: created.doc.teams[0]!.id, personId: null },
      },
      {
        type: 'raci.role.add',
        role: { id: 'vp', name: 'VP Ventas', teamId: created.doc.teams[1]!.id, personId: null },
      },
    ]);
    await ana.sync.share(id);
    await bo.sync.sync();
    // Offline, each makes a different role accountable for the handover.
    ana.plans.apply(id, [
      { type: 'raci.cell.set', activityId: 'handover', roleId: 'cmo', letter: 'A' },
    ]);
    bo.plans.apply(id, [
      { type: 'raci.cell.set', activityId: 'handover', roleId: 'vp', letter: 'A' },
    ]);
    await ana.sync.sync();
    await bo.sync.sync();
    await ana.sync.sync();
    const [a, b] = [ana.plans.document(id), bo.plans.document(id)];
    expect(a).toEqual(b);
    // One A in the row, Ana's (first by the server's order); Bo is told why his did not stand.
    expect(a.raci.cells['handover']).toEqual({ cmo: 'A' });
    expect(bo.sync.refusedEdits()).toEqual([
      expect.objectContaining({
        reason: expect.objectContaining({ code: 'raci.accountableTaken' }),
      }),
    ]);
    // Having seen Ana's A, Bo may still add a second on purpose: the screen's warning, not a conflict.
    bo.plans.apply(id, [
      { type: 'raci.cell.set', activityId: 'handover', roleId: 'vp', letter: 'A' },
    ]);
    await bo.sync.sync();
    expect(bo.sync.refusedEdits()).toHaveLength(1);
    ana.close();
    bo.close();
  }, 30_000);

  it('leaving the team keeps the plans here as this laptop’s own, and gives up its token', async () => {
    const { ana, bo } = await teamOfTwo();
    const created = ana.plans.create({ name: 'Plan', template: 'waterfall', language: 'es' });
    const id = created.doc.id;
    await ana.sync.share(id);
    await bo.sync.sync();
    const token = bo.sync['tokens'].read();
    // Bo's last edit never reaches the team: the laptop leaves before it is sent.
    bo.plans.apply(id, [{ type: 'plan.setMeta', patch: { client: 'Solo de Bo' } }]);
    await bo.sync.leave();
    expect(bo.sync.status()).toMatchObject({ connection: null, pending: 0, refused: 0 });
    expect(bo.plans.document(id).client).toBe('Solo de Bo');
    expect(bo.sync.isShared(id)).toBe(false);
    // Undo is this laptop's own again.
    expect(bo.plans.undo(id).doc.client).toBe(created.doc.client);
    // The token is worth nothing on the server any more.
    const answer = await fetch(`${server.url}/v1/pull`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
      body: JSON.stringify({ known: {}, sinceMutation: 0 }),
    });
    expect(answer.status).toBe(401);
    await ana.sync.sync();
    expect(ana.plans.document(id).client).toBe(created.doc.client);
    ana.close();
    bo.close();
  }, 30_000);
});
