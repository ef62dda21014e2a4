/**
 * `npm run test:crash -- [trials]`: the crash-safety soak, 1,000 kills by
 * default (npm test runs 200). Prints progress and the figures for the notes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWriter, emptyAcknowledged, runTrial } from './crash-trials';

async function main(): Promise<void> {
  const trials = Number(process.argv[2] ?? 1000);
  const dataDir = mkdtempSync(join(tmpdir(), 'smarketing-crash-'));
  const writer = await bundleWriter();
  const acknowledged = emptyAcknowledged();
  const started = Date.now();
  let failed = false;
  for (let trial = 1; trial <= trials && !failed; trial += 1) {
    const result = await runTrial(writer, dataDir, acknowledged);
    if (result.problems.length > 0) {
      process.stdout.write(
        `✖ kill ${trial}: ${result.problems.join('; ')}\n  library kept at ${dataDir}\n`,
      );
      failed = true;
    } else if (trial % 50 === 0) {
      process.stdout.write(
        `  ${trial} kills, ${acknowledged.calls} acknowledged calls, all kept\n`,
      );
    }
  }
  if (!failed) {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    process.stdout.write(
      `✔ ${trials} kills with SIGKILL in ${seconds} s: ${acknowledged.calls} acknowledged calls on ${acknowledged.revisions.size} plans (${acknowledged.trashed.size} trashed, ${acknowledged.purged.size} purged), integrity ok, no foreign-key violation, nothing acknowledged lost\n`,
    );
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
