import { randomUUID } from 'node:crypto';
import type { TeamTemplateSummary } from '../shared/sync/protocol';
import { partsOf, PlanTemplateSchema, type PlanTemplate } from '../shared/templates/template';
import type { TeamDatabase } from './db/database';
import { SyncError } from './errors';
import type { Caller } from './teams';

/**
 * Templates the team's members share: any member may list and take them, editors and owners
 * may share. A template is checked here as a template file is, and belongs to one team.
 */
export async function shareTemplate(
  db: TeamDatabase,
  caller: Caller,
  template: PlanTemplate,
): Promise<{ id: string }> {
  if (caller.role === 'viewer') {
    throw new SyncError('FORBIDDEN', 'a viewer cannot share templates with the team');
  }
  const checked = PlanTemplateSchema.parse(template);
  const id = randomUUID();
  await db.asTeam(caller.teamId, (client) =>
    client.query(
      `INSERT INTO team_templates (id, team_id, member_id, name, description, language, parts, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        caller.teamId,
        caller.memberId,
        checked.name,
        checked.description,
        checked.language,
        partsOf(checked.parts).join(','),
        JSON.stringify(checked),
      ],
    ),
  );
  return { id };
}

export async function listTemplates(
  db: TeamDatabase,
  caller: Caller,
): Promise<{ templates: TeamTemplateSummary[] }> {
  return db.asTeam(caller.teamId, async (client) => {
    const { rows } = await client.query<{
      id: string;
      name: string;
      description: string;
      language: 'en' | 'es';
      parts: string;
      author: string;
      shared_at: Date;
    }>(
      `SELECT t.id, t.name, t.description, t.language, t.parts, m.name AS author, t.shared_at
       FROM team_templates t JOIN members m ON m.id = t.member_id
       ORDER BY lower(t.name), t.shared_at`,
    );
    return {
      templates: rows.map((row) => ({
        id: row.id,
        name: row.name,
        description: row.description,
        language: row.language,
        parts: row.parts.split(',') as TeamTemplateSummary['parts'],
        author: row.author,
        sharedAt: row.shared_at.toISOString(),
      })),
    };
  });
}

export async function getTemplate(
  db: TeamDatabase,
  caller: Caller,
  id: string,
): Promise<{ template: PlanTemplate }> {
  return db.asTeam(caller.teamId, async (client) => {
    const { rows } = await client.query<{ body: unknown }>(
      'SELECT body FROM team_templates WHERE id = $1',
      [id],
    );
    if (!rows[0]) throw new SyncError('NOT_FOUND', 'no such template in this team');
    return { template: PlanTemplateSchema.parse(rows[0].body) };
  });
}
