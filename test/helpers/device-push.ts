/**
 * A laptop as its own process, for a test to kill it mid-push: opens the library in the
 * data folder given, and syncs its queued edits with the team server once.
 *
 *   node --import tsx test/helpers/device-push.ts <data folder>
 */
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db';
import { PlanService, systemClock } from '../../electron/core/plan-service';
import { TeamSync } from '../../electron/core/team/team-sync';
import { FileTokenStore } from '../../electron/core/team/token-store';

const dataDir = process.argv[2] ?? '';
const library = openDatabase(join(dataDir, 'library.sqlite'));
const sync = new TeamSync(
  library,
  new PlanService(library, systemClock),
  new FileTokenStore(dataDir),
);
process.stdout.write('pushing\n');
void sync.sync().then(() => {
  process.stdout.write(`done ${JSON.stringify(sync.status())}\n`);
  library.close();
});
