import { app } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWithCodeCacheIn } from '../../build/code-cache.mjs';

/** How long after the first window the cache is written: start-up and first use compiled. */
const SAVE_AFTER_MS = 10_000;

// The desktop app's entry (package.json's main): runs main.cjs compiled from the V8 code
// cache this Electron wrote on an earlier start, in its profile's Chromium folder beside
// Chromium's own caches (the app's files are read-only, and only this runtime's V8 can make
// a cache it takes). The first start, and the first after an update, compile as usual and
// write the cache once the app has settled.
const run = runWithCodeCacheIn(
  fileURLToPath(new URL('./main.cjs', import.meta.url)),
  join(app.getPath('userData'), 'Chromium', 'main.v8cache'),
);
if (run.state !== 'used') {
  void app.whenReady().then(() => setTimeout(run.save, SAVE_AFTER_MS).unref());
}
