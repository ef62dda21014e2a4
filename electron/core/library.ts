import { TemplateService } from './template-service';
import { TeamTemplates } from './team/team-templates';
import { ImageService } from './image-service';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import {
  createDispatcher,
  createHandlers,
  withAsyncMethods,
  type ApiDispatcher,
  type ShellDispatcher,
} from './api-handlers';
import { BackupService, backupsDir } from './backup-service';
import { openDatabase, type Db } from './db';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { ensureWritableDir, LIBRARY_FILE } from './data-dir';
import { inspectLibrary, keepDamagedAside } from './library-health';
import { LibraryRecovery, type DamagedLibrary } from './library-recovery';
import { PlanChanges, publishingChanges } from './plan-changes';
import { PlanService, systemClock } from './plan-service';
import { SnapshotService } from './snapshot-service';
import { SettingsService } from './settings-service';
import { ROOM_CHANGE_ID } from '../../shared/room/room-types';
import { RoomHost, roomHandlers } from './room/room-host';
import { TeamSync } from './team/team-sync';
import { FileTokenStore, type TokenStore } from './team/token-store';
import type { TeamStatus } from '../../shared/api/team';

/** What the screens are told of the team: the sync state and the shared plans. */
function teamStatus(team: TeamSync): TeamStatus {
  const status = team.status();
  const connection = status.connection;
  return {
    connection: connection
      ? {
          server: connection.server,
          teamName: connection.teamName,
          memberName: connection.memberName,
          role: connection.role,
        }
      : null,
    state: status.state,
    pending: status.pending,
    refused: status.refused,
    problem: status.problem,
    shared: team.sharedPlans(),
  };
}

/** Every ten minutes, when something changed: a workshop loses at most that much. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export interface Library {
  db: Db;
  plans: PlanService;
  settings: SettingsService;
  snapshots: SnapshotService;
  backups: BackupService;
  recovery: LibraryRecovery;
  /** The library's methods that answer at once. */
  dispatch: ApiDispatcher;
  /** Every library method, the slow ones (backups) included: what the shells bind. */
  dispatchAll: ShellDispatcher;
  /** Each new revision of a plan stored through dispatchAll, for the windows showing it. */
  changes: PlanChanges;
  /** The team server's sync of this library's shared plans. */
  team: TeamSync;
  /** The workshop room, when the facilitator opens one. */
  room: RoomHost;
  /** Starts the backup schedule; the library's close stops it. */
  scheduleBackups: (intervalMs?: number) => void;
  close: () => void;
}

export interface OpenLibraryOptions {
  nativeBinding?: string | undefined;
  onUnexpected?: (error: unknown) => void;
  now?: () => Date;
  /** Where the team token is kept: the desktop app's safeStorage; a 0600 file otherwise. */
  tokens?: TokenStore;
  /** The built participant page of the workshop room (dist/room); none: no room. */
  roomPageDir?: string;
  /** The migrations to bring the library to (tests add one to exercise the backup before it). */
  migrations?: readonly Migration[];
}

/**
 * Opens the plan library in a data folder: what each shell does once at start.
 * A damaged library is moved aside, never written to, and a fresh one opened
 * in its place, with the newest good backup offered; a library about to be
 * migrated is backed up first.
 */
export async function openLibrary(
  dataDir: string,
  options: OpenLibraryOptions = {},
): Promise<Library> {
  ensureWritableDir(dataDir);
  const now = options.now ?? (() => new Date());
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const path = join(dataDir, LIBRARY_FILE);
  const dir = backupsDir(dataDir);
  const migrations = options.migrations ?? MIGRATIONS;
  const health = inspectLibrary(path, { ...binding, latestVersion: migrations.length });
  let damaged: DamagedLibrary | null = null;
  if (health.kind === 'damaged') {
    damaged = { keptAs: keepDamagedAside(path, now()), problem: health.problem };
  } else if (health.kind === 'healthy' && health.schemaVersion < migrations.length) {
    const before = new Database(path, binding);
    try {
      await new BackupService(before, dir, now, binding).create('before-migration');
    } finally {
      before.close();
    }
  }
  const db = openDatabase(path, { ...binding, migrations });
  const plans = new PlanService(db);
  const settings = new SettingsService(db);
  const snapshots = new SnapshotService(db, plans, systemClock);
  const templates = new TemplateService(db, (id) => plans.get(id).doc, systemClock);
  const backups = new BackupService(db, dir, now, binding);
  backups.removeUnfinished();
  const recovery = new LibraryRecovery(backups, damaged);
  const dispatch = createDispatcher(
    createHandlers(plans, settings, snapshots, recovery, templates, new ImageService(db, now)),
    options.onUnexpected,
  );
  let timer: NodeJS.Timeout | undefined;
  const changes = new PlanChanges();
  const team = new TeamSync(
    db,
    plans,
    options.tokens ?? new FileTokenStore(dataDir),
    now,
    fetch,
    (planId, revision) => changes.publish({ planId, revision }),
  );
  const teamTemplates = new TeamTemplates(() => team.channel(), templates);
  const room = new RoomHost(options.roomPageDir ?? null);
  // The facilitator's windows hear of the room on the library's change stream.
  let roomRevision = 0;
  room.onChange(() => changes.publish({ planId: ROOM_CHANGE_ID, revision: ++roomRevision }));
  // A laptop already in a team follows its server from the start.
  if (team.connection()) team.listen();
  return {
    changes,
    db,
    plans,
    team,
    room,
    settings,
    snapshots,
    backups,
    recovery,
    dispatch,
    dispatchAll: publishingChanges(
      withAsyncMethods(
        dispatch,
        {
          'backups.create': () => backups.create('manual'),
          'backups.restore': async (input) => {
            const result = await backups.restore(input.fileName, () => plans.forgetCachedDocs());
            recovery.dismiss();
            return result;
          },
          'team.status': () => Promise.resolve(teamStatus(team)),
          'team.connect': async (input) => {
            await team.connect(input.server, input.code, input.deviceName);
            team.listen();
            return teamStatus(team);
          },
          'team.share': async (input) => {
            await team.share(input.id);
            return teamStatus(team);
          },
          'team.sync': async () => {
            await team.sync();
            return teamStatus(team);
          },
          'team.refused': () => Promise.resolve({ edits: team.refusedEdits() }),
          'team.leave': async () => {
            await team.leave();
            return teamStatus(team);
          },
          'team.dismissRefused': (input) => {
            team.dismissRefused(input.id);
            return Promise.resolve(teamStatus(team));
          },
          'templates.share': async (input) => {
            await teamTemplates.share(input.id);
            return { shared: true as const };
          },
          'templates.team': async () => ({ templates: await teamTemplates.list() }),
          'templates.takeFromTeam': (input) => teamTemplates.take(input.id),
          ...roomHandlers(room),
        },
        options.onUnexpected,
      ),
      changes,
    ),
    scheduleBackups: (intervalMs = BACKUP_INTERVAL_MS) => {
      clearInterval(timer);
      timer = setInterval(() => {
        backups.runScheduled().catch((error: unknown) => options.onUnexpected?.(error));
      }, intervalMs);
      // The schedule never keeps the process alive on its own.
      timer.unref();
    },
    close: () => {
      clearInterval(timer);
      team.stop();
      // The room never outlives the app.
      void room.close();
      db.close();
    },
  };
}
