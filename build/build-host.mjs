// Bundles the host side (browser shell, Electron main, preload, launcher) with esbuild.
// Only better-sqlite3 is loaded from node_modules at run time; `npm run dist` packs it
// from a staging folder (build/stage-app.mjs) with its own Electron-ABI build.
import { build } from 'esbuild';
import { writeCodeCache } from './code-cache.mjs';
import { HOST_BUNDLES } from './host-bundles.mjs';

await Promise.all(
  Object.entries(HOST_BUNDLES).map(async ([name, options]) => {
    await build(options);
    if (name === 'shell') writeCodeCache(options.outfile);
  }),
);
