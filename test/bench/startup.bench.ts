import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/core/db';
import { PlanService } from '../../electron/core/plan-service';
import type { Benchmark } from './harness';
import { benchGraph } from './canvas/bench-graph';

const cli = fileURLToPath(new URL('../../dist/web/cli.cjs', import.meta.url));
const loadTimer = fileURLToPath(new URL('./load-timer.cjs', import.meta.url));

/**
 * Loading the host's bundle in Node: the browser shell (the same core the
 * Electron main bundle carries), timed from the moment Node has started to the
 * moment the loaded shell has parsed its arguments and exited, by a timer
 * preloaded into that process. The anchor is Node starting with nothing to
 * load, for scale; the bar is 80 ms of loading.
 */
export const mainBundleLoad: Benchmark = {
  name: 'main-bundle-load-node',
  targetRatio: 1.5,
  iterations: 25,
  setup: () => ({
    // An unknown flag: the shell loads everything, refuses it and exits before listening.
    subject: () => {
      const run = spawnSync(process.execPath, ['--require', loadTimer, cli, '--bench-load-only'], {
        encoding: 'utf8',
      });
      const measured = /load-ms ([\d.]+)/.exec(run.stderr)?.[1];
      if (measured === undefined) throw new Error(`the shell did not load: ${run.stderr}`);
      return Number(measured);
    },
    anchor: () => void spawnSync(process.execPath, ['-e', '0']),
    teardown: () => {},
  }),
  check: (result) => result.subject_ms <= 80,
};

/**
 * Undo of one drag on a 300-stage funnel, through the service (read the step,
 * apply its inverse patches, check, write, commit): within one 60 Hz frame.
 * The anchor is the drag itself.
 */
export const undoOneDrag: Benchmark = {
  name: 'undo-one-drag-300-stages',
  targetRatio: 2,
  targetP95Ms: 16,
  iterations: 200,
  setup: () => {
    const dir = mkdtempSync(join(tmpdir(), 'smarketing-bench-'));
    const db = openDatabase(join(dir, 'library.sqlite'));
    const service = new PlanService(db);
    const { doc } = service.create({ name: 'Undo bench' });
    service.apply(doc.id, [{ type: 'funnel.replace', funnel: benchGraph(300) }]);
    let step = 0;
    const drag = () => {
      step += 1;
      service.apply(doc.id, [
        {
          type: 'funnel.stages.move',
          positions: [{ stageId: 's7', position: { x: 100 + (step % 50), y: 40 } }],
        },
      ]);
    };
    return {
      subject: () => {
        drag();
        const started = performance.now();
        service.undo(doc.id);
        return performance.now() - started;
      },
      anchor: drag,
      teardown: () => {
        db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
