import { fileURLToPath } from 'node:url';
import { runWithCodeCache } from '../../build/code-cache.mjs';

// `node dist/web/cli.cjs`: the browser shell (shell.cjs, built from cli.ts), compiled from
// the build's V8 code cache when this Node can use it.
runWithCodeCache(fileURLToPath(new URL('./shell.cjs', import.meta.url)));
