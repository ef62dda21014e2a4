import { cpus } from 'node:os';
import { runBenchmark, type Benchmark } from './harness';
import { funnelMath300 } from './funnel-math.bench';
import { applyOneCommand, openLargePlan } from './plan-service.bench';

/** `npm run bench -- [filter] [--json]`: every benchmark, or those whose name contains the filter. */
const BENCHMARKS: Benchmark[] = [applyOneCommand, openLargePlan, funnelMath300];

const args = process.argv.slice(2);
const json = args.includes('--json');
const filter = args.find((arg) => !arg.startsWith('--'));
const selected = BENCHMARKS.filter((b) => !filter || b.name.includes(filter));

if (selected.length === 0) {
  console.error(
    `no benchmark matches "${filter ?? ''}"; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`,
  );
  process.exit(2);
}
if (!json) console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);

let failed = 0;
for (const bench of selected) {
  const result = runBenchmark(bench);
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
}
process.exit(failed === 0 ? 0 : 1);
