/**
 * The team server's schema, one step per version, applied in order and never edited once
 * released (a change is a new step). Run by the database owner; the service itself works
 * as `smarketing_service`, which owns nothing and sees only its caller's team through
 * row-level security, forced on every table.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SERVICE_ROLE = 'smarketing_service';

const TEAM_SCOPED = ['members', 'invites', 'devices', 'plans', 'plan_changes'];

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'teams, members, devices, plans and their change log',
    sql: `
      CREATE TABLE teams (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE members (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- An invite names the member it makes; its code is kept as a hash, used once.
      CREATE TABLE invites (
        code_hash bytea PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams(id),
        member_id uuid NOT NULL REFERENCES members(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      -- A device's token is 256 random bits; only its SHA-256 is stored.
      CREATE TABLE devices (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams(id),
        member_id uuid NOT NULL REFERENCES members(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        token_hash bytea NOT NULL UNIQUE,
        last_mutation bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      CREATE TABLE plans (
        id text PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams(id),
        doc jsonb NOT NULL,
        revision bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES members(id)
      );
      CREATE INDEX plans_team ON plans (team_id);
      CREATE TABLE plan_changes (
        -- Not a reference: an edit refused because its plan is unknown is kept too.
        plan_id text NOT NULL,
        team_id uuid NOT NULL REFERENCES teams(id),
        device_id uuid NOT NULL REFERENCES devices(id),
        mutation bigint NOT NULL,
        revision bigint NOT NULL,
        command jsonb NOT NULL,
        applied boolean NOT NULL,
        reason jsonb,
        author uuid NOT NULL REFERENCES members(id),
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (device_id, mutation)
      );
      CREATE INDEX plan_changes_plan ON plan_changes (plan_id, revision);

      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${SERVICE_ROLE}') THEN
          CREATE ROLE ${SERVICE_ROLE} NOLOGIN;
        END IF;
      END $$;
      GRANT SELECT ON teams TO ${SERVICE_ROLE};
      GRANT SELECT, INSERT, UPDATE ON ${TEAM_SCOPED.join(', ')} TO ${SERVICE_ROLE};

      -- The service sees its caller's team only (app.team_id, set per transaction); the
      -- owning role, which runs migrations and the team commands, sees every team. RLS is
      -- forced, so the owner is held to its own policy like anyone else.
      ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
      ALTER TABLE teams FORCE ROW LEVEL SECURITY;
      CREATE POLICY team_own ON teams TO ${SERVICE_ROLE}
        USING (id = nullif(current_setting('app.team_id', true), '')::uuid);
      ${TEAM_SCOPED.map(
        (table) => `
      ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
      ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
      CREATE POLICY team_own ON ${table} TO ${SERVICE_ROLE}
        USING (team_id = nullif(current_setting('app.team_id', true), '')::uuid)
        WITH CHECK (team_id = nullif(current_setting('app.team_id', true), '')::uuid);`,
      ).join('\n')}
      DO $$ DECLARE t text; BEGIN
        FOREACH t IN ARRAY ARRAY['teams', ${TEAM_SCOPED.map((t) => `'${t}'`).join(', ')}] LOOP
          EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true) WITH CHECK (true)',
            t, current_user);
        END LOOP;
      END $$;
      -- The service acts as ${SERVICE_ROLE} on the owner's connection (SET ROLE).
      GRANT ${SERVICE_ROLE} TO CURRENT_USER;

      -- The one way to find a device before its team is known: by the hash of its token.
      -- Owned by the migrating role, it looks past RLS for that single row only.
      CREATE FUNCTION device_by_token(hash bytea)
        RETURNS TABLE (device_id uuid, team_id uuid, member_id uuid, role text, revoked boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $fn$
          SELECT d.id, d.team_id, d.member_id, m.role, d.revoked_at IS NOT NULL
          FROM devices d JOIN members m ON m.id = d.member_id
          WHERE d.token_hash = hash
        $fn$;
      -- And the one way to redeem an invite code before its team is known.
      CREATE FUNCTION invite_by_code(hash bytea)
        RETURNS TABLE (team_id uuid, member_id uuid, expires_at timestamptz, used boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $fn$
          SELECT team_id, member_id, expires_at, used_at IS NOT NULL FROM invites WHERE code_hash = hash
        $fn$;
      -- Whose a plan is, whatever team asks: a push to another team's plan is refused as such.
      CREATE FUNCTION plan_team(plan text) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $fn$
          SELECT team_id FROM plans WHERE id = plan
        $fn$;
      REVOKE ALL ON FUNCTION device_by_token(bytea), invite_by_code(bytea), plan_team(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION device_by_token(bytea), invite_by_code(bytea), plan_team(text)
        TO ${SERVICE_ROLE};
    `,
  },
  {
    version: 2,
    name: 'undo of a device’s own steps',
    sql: `
      -- What undoing an applied edit replays (immer patches against the team's document),
      -- the parts of the plan it touched (null: not known, so everything), and whether it
      -- has been undone.
      ALTER TABLE plan_changes
        ADD COLUMN inverse jsonb,
        ADD COLUMN touched jsonb,
        ADD COLUMN undone boolean NOT NULL DEFAULT false;
    `,
  },
  {
    version: 3,
    name: 'the table of wrong invite codes',
    sql: `
      -- The join limiter's table (rate-limiter-flexible's layout), made here, under the
      -- migration lock: two server processes starting together on a new database would
      -- otherwise both create it, and one would fail. Servers before this step made it
      -- themselves, hence IF NOT EXISTS.
      CREATE TABLE IF NOT EXISTS join_attempts (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
    `,
  },
  {
    version: 4,
    name: 'templates shared with the team',
    sql: `
      -- A member's own template shared with the team: what it is, who shared it, and the
      -- template itself, checked by the server as a template file is.
      CREATE TABLE team_templates (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams(id),
        member_id uuid NOT NULL REFERENCES members(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        description text NOT NULL DEFAULT '',
        language text NOT NULL CHECK (language IN ('en', 'es')),
        parts text NOT NULL,
        body jsonb NOT NULL,
        shared_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX team_templates_team ON team_templates (team_id, name);
      GRANT SELECT, INSERT ON team_templates TO ${SERVICE_ROLE};
      ALTER TABLE team_templates ENABLE ROW LEVEL SECURITY;
      ALTER TABLE team_templates FORCE ROW LEVEL SECURITY;
      CREATE POLICY team_own ON team_templates TO ${SERVICE_ROLE}
        USING (team_id = nullif(current_setting('app.team_id', true), '')::uuid)
        WITH CHECK (team_id = nullif(current_setting('app.team_id', true), '')::uuid);
      CREATE POLICY owner_all ON team_templates TO CURRENT_USER USING (true) WITH CHECK (true);
    `,
  },
];
