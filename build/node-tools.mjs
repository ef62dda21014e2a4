// Runs the project's tools as `node <their script>`, never by a command name: on Windows
// `npm`, `npx` and every `.bin/` shim are `.cmd` files, which spawn() without a shell cannot
// start (and since Node 20.12 refuses to), so a script that spawned them failed silently.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The JavaScript file behind a package's command (`vite`, `node-gyp`, …). */
export function packageBin(packageName, command = packageName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof bin === 'string' ? bin : bin?.[command];
  if (!relative) throw new Error(`${packageName} has no command named ${command}`);
  return join(dirname(manifestPath), relative);
}

/** Runs a JavaScript file with this same Node, output to the terminal. */
export function runNodeScript(script, args, options = {}) {
  return spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', ...options });
}

/** `npm run build`, step by step: the renderer and the room's page with Vite, then the host bundles. */
export function buildSteps(root) {
  return [
    [packageBin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']],
    [
      packageBin('vite'),
      ['build', '--config', 'renderer/room/vite.config.ts', '--logLevel', 'warn'],
    ],
    [join(root, 'build/build-host.mjs'), []],
  ];
}
