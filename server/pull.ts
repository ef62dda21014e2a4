import type { PullRequest, PullResponse, SyncRefusal } from '../shared/sync/protocol';
import type { TeamDatabase } from './db/database';
import type { Caller } from './teams';

/**
 * Every shared plan whose revision differs from what the device holds, whole, and the
 * refusals of the device's edits after `sinceMutation`.
 */
export async function pull(
  db: TeamDatabase,
  caller: Caller,
  request: PullRequest,
): Promise<PullResponse> {
  return db.asTeam(caller.teamId, async (client) => {
    const device = await client.query<{ last_mutation: string }>(
      'SELECT last_mutation FROM devices WHERE id = $1',
      [caller.deviceId],
    );
    const heads = await client.query<{ id: string; revision: string }>(
      'SELECT id, revision FROM plans',
    );
    const changed = heads.rows
      .filter((row) => request.known[row.id] !== Number(row.revision))
      .map((row) => row.id);
    const plans =
      changed.length === 0
        ? []
        : (
            await client.query<{
              id: string;
              doc: unknown;
              revision: string;
              updated_at: Date;
              name: string | null;
            }>(
              `SELECT p.id, p.doc, p.revision, p.updated_at, m.name
               FROM plans p LEFT JOIN members m ON m.id = p.updated_by
               WHERE p.id = ANY($1::text[])`,
              [changed],
            )
          ).rows.map((row) => ({
            id: row.id,
            doc: row.doc,
            revision: Number(row.revision),
            updatedAt: row.updated_at.toISOString(),
            updatedBy: row.name,
          }));
    const refused = await client.query<{
      mutation: string;
      plan_id: string;
      command: unknown;
      reason: SyncRefusal;
    }>(
      `SELECT mutation, plan_id, command, reason FROM plan_changes
       WHERE device_id = $1 AND mutation > $2 AND NOT applied ORDER BY mutation`,
      [caller.deviceId, request.sinceMutation],
    );
    return {
      lastMutation: Number(device.rows[0]?.last_mutation ?? 0),
      plans,
      refused: refused.rows.map((row) => ({
        id: Number(row.mutation),
        planId: row.plan_id,
        command: row.command,
        reason: row.reason,
      })),
    };
  });
}
