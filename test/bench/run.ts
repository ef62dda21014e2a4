import './production-mode';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runBrowserBenchmarks } from './canvas/canvas.bench';
import { runBenchmark, type Benchmark, type BenchResult } from './harness';
import { funnelMath300 } from './funnel-math.bench';
import { loadTenThousandRowCsv, scoreTenThousandLeads } from './lead-scoring.bench';
import { applyOneCommand, openLargePlan } from './plan-service.bench';
import { mainBundleLoad, undoOneDrag } from './startup.bench';
import { runRoomBenchmark } from './room.bench';
import { runTeamServerBenchmark } from './team-server.bench';

/** `npm run bench -- [filter] [--json]`: every benchmark, or those whose name contains the filter. */
const BENCHMARKS: Benchmark[] = [
  applyOneCommand,
  openLargePlan,
  funnelMath300,
  scoreTenThousandLeads,
  loadTenThousandRowCsv,
  undoOneDrag,
  mainBundleLoad,
];
/** Measured together in headless Chromium against the built app and bare React pages. */
const CANVAS_BENCHMARKS = [
  'canvas-open-300-stages',
  'canvas-drag-frame-p95-300-stages',
  'raci-open-200x40',
  'raci-keystroke-p95-200x40',
  'raci-keystroke-flat-out-p95-200x40',
  'paper-test-load-10k-rows',
  'paper-test-longest-task-10k-rows',
  'report-pdf-workshop-plan',
  'renderer-cold-load',
  'renderer-heap-large-plan-mb',
  'renderer-heap-after-50-cycles-mb',
  'actuals-import-100k-rows',
  'actuals-import-longest-task',
  'review-render-24-months-8-stages',
];
/** Against a team server process and PostgreSQL on this machine. */
const TEAM_BENCHMARKS = ['team-push-p95-200-devices', 'team-notice-p95-200-devices'];
/** 200 phones on one workshop room's listener. */
const ROOM_BENCHMARKS = [
  'room-answer-p95-200-phones',
  'room-projector-p95-200-phones',
  'room-notice-p95-200-phones',
];

const args = process.argv.slice(2);
/** Set in a process started for one group of benchmarks: it runs them itself. */
const OWN_PROCESS = 'SMARKETING_BENCH_OWN_PROCESS';
const inOwnProcess = process.env[OWN_PROCESS] === '1';
const json = args.includes('--json');
const filter = args.find((arg) => !arg.startsWith('--'));
const selected = BENCHMARKS.filter((b) => !filter || b.name.includes(filter));
const canvasSelected = CANVAS_BENCHMARKS.some((name) => !filter || name.includes(filter));
const teamSelected = TEAM_BENCHMARKS.some((name) => !filter || name.includes(filter));
const roomSelected = ROOM_BENCHMARKS.some((name) => !filter || name.includes(filter));

if (selected.length === 0 && !canvasSelected && !teamSelected && !roomSelected) {
  const known = [
    ...BENCHMARKS.map((b) => b.name),
    ...CANVAS_BENCHMARKS,
    ...TEAM_BENCHMARKS,
    ...ROOM_BENCHMARKS,
  ].join(', ');
  console.error(`no benchmark matches "${filter ?? ''}"; known: ${known}`);
  process.exit(2);
}
if (!json) console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);

let failed = 0;
const report = (result: BenchResult) => {
  if (!result.ok) failed += 1;
  if (json) {
    console.log(JSON.stringify(result));
  } else {
    const p95 =
      result.target_p95_ms === undefined
        ? ''
        : `, p95 ${result.subject_p95_ms} ms (≤ ${result.target_p95_ms})`;
    console.log(
      `${result.ok ? '✔' : '✖'} ${result.name}: ${result.subject_ms} ms vs ${result.anchor_ms} ms = ×${result.ratio} (target ≤ ×${result.target_ratio})${p95}`,
    );
  }
};
for (const bench of selected) report(runBenchmark(bench));
if (canvasSelected) {
  ensureBuilt();
  for (const result of await runBrowserBenchmarks()) {
    if (!filter || result.name.includes(filter)) report(result);
  }
}
if (teamSelected) {
  const results = inOwnProcess ? await runTeamServerBenchmark() : inFreshProcess('team');
  for (const result of results) if (!filter || result.name.includes(filter)) report(result);
}
if (roomSelected) {
  const results = inOwnProcess ? await runRoomBenchmark() : inFreshProcess('room');
  for (const result of results) if (!filter || result.name.includes(filter)) report(result);
}
process.exit(failed === 0 ? 0 : 1);

/**
 * The team server's and the room's benchmarks drive 200 clients from the benchmark's own
 * process, and time them there: they run in a process of their own, so the clients do not
 * pay for the heap the browser and import benchmarks left behind (in one process, a full
 * run put the team push's p95 at three to four times what the same code measured alone).
 */
function inFreshProcess(group: 'team' | 'room'): BenchResult[] {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), group, '--json'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, [OWN_PROCESS]: '1' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const results: BenchResult[] = [];
  for (const line of child.stdout.split('\n')) {
    if (line.startsWith('{')) results.push(JSON.parse(line) as BenchResult);
    else if (line.trim() !== '') console.log(line);
  }
  if (results.length === 0) throw new Error(`the ${group} benchmarks reported nothing`);
  return results;
}

/** The canvas benchmarks drive the built app: build it when it is not there. */
function ensureBuilt(): void {
  if (existsSync(fileURLToPath(new URL('../../dist/web/cli.cjs', import.meta.url)))) return;
  const built = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
