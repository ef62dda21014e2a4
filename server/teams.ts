import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { JoinResponse } from '../shared/sync/protocol';
import type { Queryable, TeamDatabase } from './db/database';
import { SyncError } from './errors';
import { hashSecret, newInviteCode, newToken, normaliseCode } from './tokens';

export type MemberRole = 'owner' | 'editor' | 'viewer';

/** Who is calling: a device of a member of one team, found by its token. */
export interface Caller {
  deviceId: string;
  teamId: string;
  memberId: string;
  role: MemberRole;
}

/** The owner's commands, run from the server's command line against its database. */
export async function createTeam(
  db: TeamDatabase,
  name: string,
  owner: string,
): Promise<{ teamId: string; invite: string }> {
  return db.asOwner(async (client) => {
    const teamId = randomUUID();
    await client.query('INSERT INTO teams (id, name) VALUES ($1, $2)', [teamId, name]);
    const invite = await inviteMember(client, teamId, owner, 'owner', 7);
    return { teamId, invite };
  });
}

/** A single-use code that makes one new member of the team, valid for some days. */
export async function createInvite(
  db: TeamDatabase,
  teamId: string,
  name: string,
  role: MemberRole,
  days: number,
): Promise<string> {
  return db.asOwner(async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM teams WHERE id = $1', [teamId]);
    if (!rowCount) throw new SyncError('NOT_FOUND', `no team ${teamId}`);
    return inviteMember(client, teamId, name, role, days);
  });
}

async function inviteMember(
  client: Queryable,
  teamId: string,
  name: string,
  role: MemberRole,
  days: number,
): Promise<string> {
  const memberId = randomUUID();
  await client.query('INSERT INTO members (id, team_id, name, role) VALUES ($1, $2, $3, $4)', [
    memberId,
    teamId,
    name,
    role,
  ]);
  const code = newInviteCode();
  await client.query(
    `INSERT INTO invites (code_hash, team_id, member_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
    [hashSecret(normaliseCode(code)), teamId, memberId, days],
  );
  return code;
}

/** Cuts a device off at once: its next request is refused. */
export async function revokeDevice(db: TeamDatabase, deviceId: string): Promise<boolean> {
  return db.asOwner(async (client) => {
    const { rowCount } = await client.query(
      'UPDATE devices SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [deviceId],
    );
    return (rowCount ?? 0) > 0;
  });
}

/** A device trades an invite code for its token; the code is spent. */
export async function joinTeam(
  db: TeamDatabase,
  code: string,
  deviceName: string,
): Promise<JoinResponse> {
  const codeHash = hashSecret(normaliseCode(code));
  const invite = await db.asTeam(null, async (client) => {
    const { rows } = await client.query<{
      team_id: string;
      member_id: string;
      expires_at: Date;
      used: boolean;
    }>('SELECT * FROM invite_by_code($1)', [codeHash]);
    return rows[0];
  });
  if (!invite || invite.used || invite.expires_at.getTime() < Date.now()) {
    throw new SyncError('UNAUTHENTICATED', 'this invite code is unknown, used or expired');
  }
  return db.asTeam(invite.team_id, async (client) => {
    // Spent in the same transaction that makes the device: two devices racing with one
    // code cannot both win.
    const spent = await client.query(
      'UPDATE invites SET used_at = now() WHERE code_hash = $1 AND used_at IS NULL',
      [codeHash],
    );
    if (!spent.rowCount) throw new SyncError('UNAUTHENTICATED', 'this invite code was used');
    const token = newToken();
    const deviceId = randomUUID();
    await client.query(
      'INSERT INTO devices (id, team_id, member_id, name, token_hash) VALUES ($1, $2, $3, $4, $5)',
      [deviceId, invite.team_id, invite.member_id, deviceName, hashSecret(token)],
    );
    const team = await client.query<{ name: string }>('SELECT name FROM teams WHERE id = $1', [
      invite.team_id,
    ]);
    const member = await client.query<{ name: string; role: MemberRole }>(
      'SELECT name, role FROM members WHERE id = $1',
      [invite.member_id],
    );
    return {
      token,
      deviceId,
      team: { id: invite.team_id, name: team.rows[0]?.name ?? '' },
      member: {
        id: invite.member_id,
        name: member.rows[0]?.name ?? '',
        role: member.rows[0]?.role ?? 'viewer',
      },
    };
  });
}

/** The device behind a token, or a refusal: unknown and revoked tokens are alike to callers. */
export async function authenticate(db: TeamDatabase, token: string): Promise<Caller> {
  const hash = pg.escapeLiteral(`\\x${hashSecret(token).toString('hex')}`);
  const [found] = await db.readAsTeam<{
    device_id: string;
    team_id: string;
    member_id: string;
    role: MemberRole;
    revoked: boolean;
  }>(null, `SELECT * FROM device_by_token(${hash}::bytea)`);
  if (!found || found.revoked) throw new SyncError('UNAUTHENTICATED', 'unknown or revoked device');
  return {
    deviceId: found.device_id,
    teamId: found.team_id,
    memberId: found.member_id,
    role: found.role,
  };
}
