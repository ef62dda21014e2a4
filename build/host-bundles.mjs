// The host side's bundles (browser shell, Electron main, preload, launcher), as esbuild
// options. build-host.mjs builds them; the tests build the preload from the same options
// and run it the way Electron's sandbox does.

// Native (better-sqlite3), large and loaded only when printing (playwright-core), or the
// runtime itself (electron) stay external. The pure-JS libraries are inlined: resolving and
// loading zod's hundred-odd module files one by one was most of the shell's start-up time.
export const EXTERNAL = ['better-sqlite3', 'playwright-core', 'electron'];

const nodeBundle = {
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
  // Libraries' development checks (immer's, zod's) are for their own authors: off, as in the
  // renderer's production build. They doubled the cost of an edit in the library.
  define: { 'import.meta.url': '__bundleUrl', 'process.env.NODE_ENV': '"production"' },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

/**
 * The sandboxed preload is not a Node module: Electron runs its text inside a function of
 * `require, process, exports, module, Buffer, global, setImmediate, clearImmediate`, where
 * `require` knows only `electron`, `events`, `timers` and `url`. There is no `__filename`,
 * so it gets none of the Node bundles' banner (which once made it throw on its first line).
 */
export const PRELOAD_BUNDLE = {
  bundle: true,
  platform: 'browser',
  target: 'chrome140',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: ['electron'],
};

/** Every host bundle; the shell's is post-processed into a code cache by build-host.mjs. */
export const HOST_BUNDLES = {
  // The shell runs as cli.cjs (start.ts), which compiles shell.cjs from its code cache.
  shell: {
    ...nodeBundle,
    entryPoints: ['electron/web/cli.ts'],
    outfile: 'dist/web/shell.cjs',
    external: EXTERNAL,
    // Less to read and compile at every start; the source map keeps stack traces readable.
    // (Not the Electron bundles: electronegativity cannot follow minified code.)
    minify: true,
    keepNames: true,
  },
  shellStarter: {
    ...nodeBundle,
    entryPoints: ['electron/web/start.ts'],
    outfile: 'dist/web/cli.cjs',
  },
  launcher: {
    ...nodeBundle,
    entryPoints: ['electron/launch.ts'],
    outfile: 'dist/launch.cjs',
    external: EXTERNAL,
  },
  main: {
    ...nodeBundle,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
    external: EXTERNAL,
  },
  // The desktop app's entry: runs main.cjs from the code cache Electron wrote on a first run.
  mainStarter: {
    ...nodeBundle,
    entryPoints: ['electron/main/start.ts'],
    outfile: 'dist/electron/start.cjs',
    external: EXTERNAL,
  },
  // A sandboxed preload cannot load modules: it is one file with zod inlined.
  preload: PRELOAD_BUNDLE,
};
