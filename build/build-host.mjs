// Bundles the host side (browser shell, Electron main, preload, launcher) with esbuild.
// External dependencies are installed in node_modules, and electron-builder packs them
// (with the Electron-ABI build of better-sqlite3) into the app.
import { build } from 'esbuild';
import { writeCodeCache } from './code-cache.mjs';

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
  // CommonJS, not ESM: a bundle has nothing left to link, and Node's ESM loader still costs
  // ~20 ms at start (an asynchronous module job, and a lexer pass over every CommonJS
  // dependency to guess its exports). The sources keep writing `import.meta.url`.
  format: 'cjs',
  // import() of an external becomes require(): the shell's bundle runs in a vm.Script, which
  // has no module loader of its own for dynamic imports.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

await Promise.all([
  // The shell runs as cli.cjs (start.ts), which compiles shell.cjs from its code cache.
  build({
    ...common,
    entryPoints: ['electron/web/cli.ts'],
    outfile: 'dist/web/shell.cjs',
    external,
    // Less to read and compile at every start; the source map keeps stack traces readable.
    // (Not the Electron bundles: electronegativity cannot follow minified code.)
    minify: true,
    keepNames: true,
  }).then(() => writeCodeCache('dist/web/shell.cjs')),
  build({ ...common, entryPoints: ['electron/web/start.ts'], outfile: 'dist/web/cli.cjs' }),
  build({ ...common, entryPoints: ['electron/launch.ts'], outfile: 'dist/launch.cjs', external }),
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
    external,
  }),
  // A sandboxed preload cannot load modules: it is one file with zod inlined.
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
  }),
]);
