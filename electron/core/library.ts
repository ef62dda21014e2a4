import { join } from 'node:path';
import { createDispatcher, createHandlers, type ApiDispatcher } from './api-handlers';
import { openDatabase, type Db } from './db';
import { ensureWritableDir, LIBRARY_FILE } from './data-dir';
import { PlanService, systemClock } from './plan-service';
import { SnapshotService } from './snapshot-service';
import { SettingsService } from './settings-service';

export interface Library {
  db: Db;
  plans: PlanService;
  settings: SettingsService;
  snapshots: SnapshotService;
  dispatch: ApiDispatcher;
  close: () => void;
}

/** Opens the plan library in a data folder: what each shell does once at start. */
export function openLibrary(
  dataDir: string,
  options: { nativeBinding?: string; onUnexpected?: (error: unknown) => void } = {},
): Library {
  ensureWritableDir(dataDir);
  const db = openDatabase(
    join(dataDir, LIBRARY_FILE),
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  const plans = new PlanService(db);
  const settings = new SettingsService(db);
  const snapshots = new SnapshotService(db, plans, systemClock);
  return {
    db,
    plans,
    settings,
    snapshots,
    dispatch: createDispatcher(createHandlers(plans, settings, snapshots), options.onUnexpected),
    close: () => db.close(),
  };
}
