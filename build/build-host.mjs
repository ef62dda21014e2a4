// Bundles the host side (browser shell, Electron main, preload, launcher) with esbuild.
// External dependencies are installed in node_modules, and electron-builder packs them
// (with the Electron-ABI build of better-sqlite3) into the app.
import { build } from 'esbuild';

// Native (better-sqlite3), large and loaded only when printing (playwright-core), or the
// runtime itself (electron) stay external. The pure-JS libraries are inlined: resolving and
// loading zod's hundred-odd module files one by one was most of the shell's start-up time.
const external = ['better-sqlite3', 'playwright-core', 'electron'];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/web/cli.ts'],
    outfile: 'dist/web/cli.js',
    format: 'esm',
    external,
  }),
  build({
    ...common,
    entryPoints: ['electron/launch.ts'],
    outfile: 'dist/launch.js',
    format: 'esm',
    external,
  }),
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.js',
    format: 'esm',
    external,
  }),
  // A sandboxed preload cannot load modules: it is one CommonJS file with zod inlined.
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
]);
