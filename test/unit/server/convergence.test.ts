import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db';
import { PlanService, systemClock } from '../../../electron/core/plan-service';
import { TeamSync } from '../../../electron/core/team/team-sync';
import { MemoryTokenStore } from '../../../electron/core/team/token-store';
import type { Command } from '../../../shared/domain/commands';
import type { TeamDatabase } from '../../../server/db/database';
import { createInvite, createTeam } from '../../../server/teams';
import { startTeamServerForTests, type TeamServerForTests } from '../../helpers/team-server';
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

/** An edit a person might make, aimed at one of the plan's first stages (which may be gone). */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), n: fc.nat(99) }),
  fc.record({ kind: fc.constant('volume' as const), n: fc.integer({ min: 1, max: 100_000 }) }),
  fc.record({ kind: fc.constant('stageName' as const), stage: fc.nat(4), n: fc.nat(99) }),
  fc.record({ kind: fc.constant('stageRemove' as const), stage: fc.nat(4) }),
  fc.record({
    kind: fc.constant('rate' as const),
    stage: fc.nat(3),
    n: fc.integer({ min: 1, max: 99 }),
  }),
);

/** What happens next: a laptop edits (offline or not), undoes its last edit, or syncs. */
const step = fc.oneof(
  fc.record({ device: fc.nat(2), action: fc.constant('sync' as const) }),
  fc.record({ device: fc.nat(2), action: fc.constant('edit' as const), edit }),
  fc.record({ device: fc.nat(2), action: fc.constant('undo' as const) }),
);

describe('three laptops, random edits and undos, random offline windows', () => {
  it('end with equal, valid documents, every edit applied or refused with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40 }), async (steps) => {
        const { teamId, invite } = await createTeam(db, 'Random', 'Ana');
        const codes = [
          invite,
          await createInvite(db, teamId, 'Bo', 'editor', 7),
          await createInvite(db, teamId, 'Cy', 'editor', 7),
        ];
        const dirs = codes.map(() => makeTempDir());
        const devices = dirs.map((dir) => {
          const library = openDatabase(join(dir.path, 'library.sqlite'));
          const plans = new PlanService(library, systemClock);
          return { library, plans, sync: new TeamSync(library, plans, new MemoryTokenStore()) };
        });
        try {
          for (const [i, device] of devices.entries()) {
            await device.sync.connect(server.url, codes[i] ?? '', `Laptop ${i}`);
          }
          const created = devices[0]!.plans.create({
            name: 'Plan',
            template: 'waterfall',
            language: 'es',
          });
          const id = created.doc.id;
          const stageIds = created.doc.funnel.stages.map((s) => s.id);
          const handoffIds = created.doc.funnel.handoffs.map((h) => h.id);
          await devices[0]!.sync.share(id);
          for (const device of devices.slice(1)) await device.sync.sync();
          let made = 0;
          for (const next of steps) {
            const device = devices[next.device]!;
            if (next.action === 'sync') {
              await device.sync.sync();
              continue;
            }
            if (next.action === 'undo') {
              try {
                device.plans.undo(id);
                made += 1;
              } catch {
                // Nothing of its own to undo, or someone changed the same thing: said here.
              }
              continue;
            }
            const command = toCommand(next.edit, stageIds, handoffIds);
            try {
              device.plans.apply(id, [command]);
              made += 1;
            } catch {
              // Refused on the laptop itself (the stage is already gone there): never queued.
            }
          }
          // Everyone back online: two rounds bring every edit and every answer to everyone.
          for (let round = 0; round < 2; round++) {
            for (const device of devices) await device.sync.sync();
          }
          const docs = devices.map((device) => device.plans.document(id));
          expect(docs[1]).toEqual(docs[0]);
          expect(docs[2]).toEqual(docs[0]);
          const statuses = devices.map((device) => device.sync.status());
          expect(statuses.map((s) => s.pending)).toEqual([0, 0, 0]);
          // Nothing lost or doubled: each edit is on the server once, applied or refused.
          const recorded = await db.asOwner((client) =>
            client.query<{ n: number }>(
              "SELECT count(*)::int AS n FROM plan_changes WHERE plan_id = $1 AND command->>'kind' IS DISTINCT FROM 'share'",
              [id],
            ),
          );
          expect(recorded.rows[0]?.n).toBe(made);
          const refused = statuses.reduce((sum, s) => sum + s.refused, 0);
          const notApplied = await db.asOwner((client) =>
            client.query<{ n: number }>(
              'SELECT count(*)::int AS n FROM plan_changes WHERE plan_id = $1 AND NOT applied',
              [id],
            ),
          );
          expect(refused).toBe(notApplied.rows[0]?.n);
        } finally {
          for (const device of devices) device.library.close();
          for (const dir of dirs) dir.remove();
        }
      }),
      { numRuns: 12, seed: 20261130 },
    );
  }, 120_000);
});

interface Edit {
  kind: 'rename' | 'volume' | 'stageName' | 'stageRemove' | 'rate';
  n?: number;
  stage?: number;
}

function toCommand(edit: Edit, stageIds: string[], handoffIds: string[]): Command {
  const stageId = stageIds[edit.stage ?? 0] ?? '';
  switch (edit.kind) {
    case 'rename':
      return { type: 'plan.rename', name: `Plan ${edit.n ?? 0}` };
    case 'volume':
      return { type: 'funnel.assumptions.set', patch: { topVolume: edit.n ?? 1 } };
    case 'stageName':
      return { type: 'funnel.stage.update', stageId, patch: { name: `Etapa ${edit.n ?? 0}` } };
    case 'stageRemove':
      return { type: 'funnel.stages.remove', stageIds: [stageId] };
    default:
      return {
        type: 'funnel.handoff.update',
        handoffId: handoffIds[edit.stage ?? 0] ?? '',
        patch: { rate: (edit.n ?? 1) / 100 },
      };
  }
}
