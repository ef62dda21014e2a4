// `npm start` / `npm run web`: builds what is missing or out of date, then launches.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSteps, runNodeScript } from './node-tools.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = [
  'dist/renderer/index.html',
  'dist/web/cli.cjs',
  'dist/electron/main.cjs',
  'dist/electron/start.cjs',
  'dist/launch.cjs',
];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else newest = Math.max(newest, statSync(join(root, path)).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (outputs.some((file) => !existsSync(join(root, file)))) return true;
  const built = Math.min(...outputs.map((file) => statSync(join(root, file)).mtimeMs));
  return Math.max(...['shared', 'electron', 'renderer'].map(newestSource)) > built;
}

if (isStale()) {
  process.stdout.write('Building Smarketing Planner…\n');
  // With this Node, step by step: no `npm` to find on the PATH (see node-tools.mjs).
  for (const [script, args] of buildSteps(root)) {
    const result = runNodeScript(script, args, { cwd: root });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const launched = spawnSync(
  process.execPath,
  [join(root, 'dist/launch.cjs'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(launched.status ?? 1);
