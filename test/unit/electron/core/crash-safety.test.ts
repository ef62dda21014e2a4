import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundleWriter,
  emptyAcknowledged,
  runTrial,
  type TrialResult,
} from '../../../crash/crash-trials';
import { makeTempDir } from '../../../helpers/temp-dir';

/** `npm run test:crash` runs 1,000 for a longer soak. */
const TRIALS = 200;

const work = makeTempDir();
let writerPath = '';

beforeAll(async () => {
  writerPath = await bundleWriter();
});
afterAll(() => work.remove());

describe('crash safety', () => {
  it(`keeps every acknowledged change through ${TRIALS} kills with SIGKILL at random moments`, async () => {
    const dataDir = `${work.path}/library`;
    const acknowledged = emptyAcknowledged();
    const results: TrialResult[] = [];
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const result = await runTrial(writerPath, dataDir, acknowledged);
      results.push(result);
      expect(result.problems, `after kill ${trial + 1}`).toEqual([]);
    }
    // The kills must land while work is being done, or the test proves nothing.
    expect(acknowledged.calls).toBeGreaterThan(TRIALS * 2);
    expect(acknowledged.revisions.size).toBeGreaterThan(2);
    expect(acknowledged.trashed.size + acknowledged.purged.size).toBeGreaterThan(0);
  }, 240_000);
});
