/**
 * The team server and its owner's commands:
 *
 *   npm run team-server -- --database <postgres URL> [--port N] [--host H]
 *                          [--tls-cert FILE --tls-key FILE] [--behind-proxy]
 *   npm run team-server -- team create --database <URL> --name <team> --owner <name>
 *   npm run team-server -- invite --database <URL> --team <id> --name <member>
 *                          [--role editor|viewer|owner] [--days 7]
 *   npm run team-server -- revoke --database <URL> --device <id>
 *
 * The database URL names the role that owns the tables (it runs the migrations); the
 * service itself acts as `smarketing_service`, held to one team by row-level security.
 */
import './production-mode';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { warmSchemas } from '../shared/domain/lazy-schema';
import { TeamDatabase } from './db/database';
import { startTeamServer } from './http';
import { joinLimiter } from './join-limiter';
import { ChangeNotices } from './notices';
import { createInvite, createTeam, revokeDevice, type MemberRole } from './teams';

const USAGE = `Usage:
  npm run team-server -- --database <postgres URL> [--port 8787] [--host 127.0.0.1]
                         [--tls-cert FILE --tls-key FILE] [--behind-proxy]
  npm run team-server -- team create --database <URL> --name <team> --owner <name>
  npm run team-server -- invite --database <URL> --team <id> --name <member> [--role editor] [--days 7]
  npm run team-server -- revoke --database <URL> --device <id>`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      database: { type: 'string' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'behind-proxy': { type: 'boolean', default: false },
      name: { type: 'string' },
      owner: { type: 'string' },
      team: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      days: { type: 'string', default: '7' },
      device: { type: 'string' },
    },
  });
  if (!values.database) return usage('name the PostgreSQL database with --database');
  const db = new TeamDatabase(values.database);
  try {
    await db.migrate();
    const [command, sub] = positionals;
    if (command === 'team' && sub === 'create') {
      if (!values.name || !values.owner) return usage('team create needs --name and --owner');
      const { teamId, invite } = await createTeam(db, values.name, values.owner);
      process.stdout.write(
        `Team ${values.name}: ${teamId}\nInvite code for ${values.owner} (owner, 7 days, once): ${invite}\n`,
      );
      return 0;
    }
    if (command === 'invite') {
      const role = values.role as MemberRole;
      if (!values.team || !values.name || !['owner', 'editor', 'viewer'].includes(role)) {
        return usage('invite needs --team, --name and a --role of editor, viewer or owner');
      }
      const days = Number(values.days);
      if (!Number.isInteger(days) || days < 1 || days > 90) return usage('--days: 1 to 90');
      const code = await createInvite(db, values.team, values.name, role, days);
      process.stdout.write(
        `Invite code for ${values.name} (${role}, ${days} days, once): ${code}\n`,
      );
      return 0;
    }
    if (command === 'revoke') {
      if (!values.device) return usage('revoke needs --device');
      const revoked = await revokeDevice(db, values.device);
      process.stdout.write(revoked ? 'Revoked.\n' : 'No such device, or already revoked.\n');
      return revoked ? 0 : 1;
    }
    if (command !== undefined) return usage(`unknown command ${command}`);
    return await serve(db, values);
  } finally {
    if (positionals.length > 0) await db.close();
  }
}

async function serve(
  db: TeamDatabase,
  values: {
    database?: string;
    port: string;
    host: string;
    'tls-cert'?: string;
    'tls-key'?: string;
    'behind-proxy': boolean;
  },
): Promise<number> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usage('--port: 0 to 65535');
  const tls =
    values['tls-cert'] && values['tls-key']
      ? { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) }
      : undefined;
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(values.host);
  // Without TLS the server speaks plain HTTP: on this machine only, unless a reverse proxy
  // in front of it provides the TLS.
  if (!tls && !loopback && !values['behind-proxy']) {
    return usage(
      'without --tls-cert and --tls-key the server listens on 127.0.0.1 only; add --behind-proxy when a TLS proxy is in front of it',
    );
  }
  const notices = new ChangeNotices(values.database ?? '');
  await notices.start();
  const server = await startTeamServer({
    db,
    notices,
    joinLimiter: await joinLimiter(db),
    host: values.host,
    port,
    ...(tls ? { tls } : {}),
  });
  process.stdout.write(`Smarketing team server on ${server.url}\n`);
  // The schemas not yet used, built while no laptop is waiting on them.
  void warmSchemas();
  const stop = () => {
    void server
      .close()
      .then(() => notices.close())
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}

function usage(message: string): number {
  process.stderr.write(`team-server: ${message}\n${USAGE}\n`);
  return 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `team-server: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
