import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db';
import { PlanService, systemClock } from '../../../electron/core/plan-service';
import { TeamSync } from '../../../electron/core/team/team-sync';
import { TeamTemplates } from '../../../electron/core/team/team-templates';
import { MemoryTokenStore } from '../../../electron/core/team/token-store';
import { TemplateService } from '../../../electron/core/template-service';
import { createInvite, createTeam } from '../../../server/teams';
import { startTeamServerForTests, type TeamServerForTests } from '../../helpers/team-server';
import { makeTempDir } from '../../helpers/temp-dir';

let team: TeamServerForTests;

beforeAll(async () => {
  team = await startTeamServerForTests();
}, 60_000);
afterAll(async () => {
  await team?.stop();
});

/** A consultant's laptop: its library, its own templates, and the team's through the server. */
function laptop() {
  const dir = makeTempDir();
  const library = openDatabase(join(dir.path, 'library.sqlite'));
  const plans = new PlanService(library, systemClock);
  const sync = new TeamSync(library, plans, new MemoryTokenStore(), () => new Date(), fetch);
  const templates = new TemplateService(library, (id) => plans.get(id).doc, systemClock);
  return {
    plans,
    sync,
    templates,
    shared: new TeamTemplates(() => sync.channel(), templates),
    close: () => {
      sync.stop();
      library.close();
      dir.remove();
    },
  };
}

describe('templates shared through the team server', () => {
  it('one consultant shares, a colleague sees who shared it and takes a copy', async () => {
    const { teamId, invite } = await createTeam(team.db, 'Ñandú', 'Ana Ruiz');
    const ana = laptop();
    const bo = laptop();
    try {
      await expect(bo.shared.list()).rejects.toMatchObject({
        refusal: { code: 'teamServer.notConnected' },
      });
      await ana.sync.connect(team.url, invite, 'Ana’s laptop');
      await bo.sync.connect(
        team.url,
        await createInvite(team.db, teamId, 'Bo Chen', 'editor', 7),
        'Bo’s laptop',
      );
      const plan = ana.plans.create({ name: 'Acme', template: 'waterfall', language: 'es' });
      const own = ana.templates.saveFromPlan(
        plan.doc.id,
        { name: 'Embudo Ñandú', description: '', language: 'es' },
        ['funnel'],
      );
      await ana.shared.share(own.id);

      const listed = await bo.shared.list();
      expect(listed).toEqual([
        expect.objectContaining({ name: 'Embudo Ñandú', author: 'Ana Ruiz', parts: ['funnel'] }),
      ]);
      const taken = await bo.shared.take(listed[0]!.id);
      expect(taken).toMatchObject({ name: 'Embudo Ñandú', parts: ['funnel'] });
      expect(bo.templates.get(taken.id).parts).toEqual(ana.templates.get(own.id).parts);
    } finally {
      ana.close();
      bo.close();
    }
  });
});
