import pg from 'pg';
import { MIGRATIONS, SERVICE_ROLE, type Migration } from './migrations';

export type Queryable = Pick<pg.PoolClient, 'query'>;

/** The statements that make a transaction the service role's, seeing `teamId`'s rows only. */
function serviceRoleFor(teamId: string | null): string {
  const team = pg.escapeLiteral(teamId ?? '');
  return `SET LOCAL ROLE ${SERVICE_ROLE}; SELECT set_config('app.team_id', ${team}, true)`;
}

/**
 * The team server's PostgreSQL: one pool, connections that act as the service role (which
 * owns nothing, so row-level security holds it to one team), and the owner's own
 * connections for migrations and the team commands of the command line.
 */
export class TeamDatabase {
  readonly pool: pg.Pool;

  constructor(url: string, options: { max?: number } = {}) {
    this.pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
    // A connection dropped by a restarting server is replaced on the next query; the
    // error is not allowed to end the process, whether the connection was idle in the pool
    // or in use (then the query it was running fails, and its transaction with it).
    this.pool.on('error', () => undefined);
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  /** Brings the schema to the latest version, each step in its own transaction. */
  async migrate(migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
    const client = await this.pool.connect();
    try {
      // One migrating server at a time, when several start together against one database:
      // the lock comes first, since even CREATE TABLE IF NOT EXISTS races with itself.
      await client.query('SELECT pg_advisory_lock(7166482)');
      try {
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
        );
        const { rows } = await client.query<{ version: number }>(
          'SELECT coalesce(max(version), 0) AS version FROM schema_migrations',
        );
        const current = rows[0]?.version ?? 0;
        const latest = migrations.at(-1)?.version ?? 0;
        if (current > latest) {
          throw new Error(
            `the database was set up by a newer team server (schema ${current}; this one knows up to ${latest})`,
          );
        }
        for (const migration of migrations.filter((m) => m.version > current)) {
          await client.query('BEGIN');
          try {
            await client.query(migration.sql);
            await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
              migration.version,
              migration.name,
            ]);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
        }
        return latest;
      } finally {
        await client.query('SELECT pg_advisory_unlock(7166482)');
      }
    } finally {
      client.release();
    }
  }

  /**
   * Runs `work` in one transaction as the service role, seeing only `teamId`'s rows (or,
   * with null, no team's rows: only the security-definer lookups by token and code).
   */
  async asTeam<T>(teamId: string | null, work: (client: Queryable) => Promise<T>): Promise<T> {
    // The role and the team are set with the BEGIN, in one round trip to the server: each
    // statement of a push waits on the one before, and these had been three of them.
    return this.transaction(work, serviceRoleFor(teamId));
  }

  /**
   * One statement run as `asTeam` runs its work, sent with its BEGIN, role, team and COMMIT
   * in a single message: one round trip to the server, for the lookup every request of a
   * device starts with. The statement's values are literals (`pg.escapeLiteral`).
   */
  async readAsTeam<R>(teamId: string | null, statement: string): Promise<R[]> {
    const client = await this.pool.connect();
    try {
      // Several statements in one message answer with one result each.
      const results = (await client.query(
        `BEGIN; ${serviceRoleFor(teamId)}; ${statement}; COMMIT`,
      )) as unknown as pg.QueryResult[];
      return (results[3]?.rows ?? []) as R[];
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Runs `work` in one transaction as the owner: the command line's team commands. */
  asOwner<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
    return this.transaction(work);
  }

  /**
   * One transaction on one pooled connection: committed whole, or rolled back whole.
   * `setup`, statements without parameters, runs in it before `work`.
   */
  private async transaction<T>(
    work: (client: Queryable) => Promise<T>,
    setup?: string,
  ): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(setup ? `BEGIN; ${setup}` : 'BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
