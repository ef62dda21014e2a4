import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamDatabase } from '../../../server/db/database';
import { SERVICE_ROLE } from '../../../server/db/migrations';
import { authenticate, createInvite, createTeam, joinTeam } from '../../../server/teams';
import { getTemplate, listTemplates, shareTemplate } from '../../../server/templates';
import type { PlanTemplate } from '../../../shared/templates/template';
import { templatePartsFromPlan } from '../../../shared/templates/template-from-plan';
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

/** A team with its owner, an editor and a viewer, each on a device of their own. */
async function team(name: string) {
  const { teamId, invite } = await createTeam(db, name, 'Ana Ruiz');
  const member = async (who: string, role: 'editor' | 'viewer') =>
    authenticate(
      db,
      (await joinTeam(db, await createInvite(db, teamId, who, role, 7), `${who}’s laptop`)).token,
    );
  return {
    teamId,
    ana: await authenticate(db, (await joinTeam(db, invite, 'Ana’s laptop')).token),
    bo: await member('Bo Chen', 'editor'),
    vi: await member('Vi Mora', 'viewer'),
  };
}

const template: PlanTemplate = {
  version: 1,
  name: 'Embudo Ñandú',
  description: 'El de siempre',
  language: 'es',
  parts: templatePartsFromPlan(waterfallPlan('es'), ['funnel', 'handoff']),
};

describe('templates shared with the team', () => {
  it('are listed with who shared them, and taken whole', async () => {
    const acme = await team('Acme');
    const { id } = await shareTemplate(db, acme.bo, template);
    const { templates } = await listTemplates(db, acme.ana);
    expect(templates).toEqual([
      expect.objectContaining({
        id,
        name: 'Embudo Ñandú',
        author: 'Bo Chen',
        language: 'es',
        parts: ['funnel', 'handoff'],
      }),
    ]);
    expect((await getTemplate(db, acme.vi, id)).template).toEqual(template);
  });

  it('are shared by editors and owners, not viewers, and only whole templates', async () => {
    const acme = await team('Acme 2');
    await expect(shareTemplate(db, acme.vi, template)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const broken = {
      ...template,
      parts: {
        raci: { activities: [], roles: [], cells: {}, overloadThreshold: 6, otherTeamName: null },
      },
    } as unknown as PlanTemplate;
    await expect(shareTemplate(db, acme.ana, broken)).rejects.toThrow();
    expect((await listTemplates(db, acme.ana)).templates).toEqual([]);
  });

  it('stay within their team, even to a direct query as the service role', async () => {
    const a = await team('Team A');
    const b = await team('Team B');
    const { id } = await shareTemplate(db, a.ana, template);
    expect((await listTemplates(db, b.ana)).templates).toEqual([]);
    await expect(getTemplate(db, b.ana, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      await client.query(`SET ROLE ${SERVICE_ROLE}`);
      await client.query("SELECT set_config('app.team_id', $1, false)", [b.teamId]);
      expect((await client.query('SELECT * FROM team_templates')).rows).toEqual([]);
      await expect(
        client.query(
          `INSERT INTO team_templates (id, team_id, member_id, name, language, parts, body)
           VALUES (gen_random_uuid(), $1, $2, 'x', 'en', 'funnel', '{}')`,
          [a.teamId, a.ana.memberId],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await client.end();
    }
  });
});
