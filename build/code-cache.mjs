// V8's code cache for the browser shell's bundle. The build compiles the bundle once and
// keeps what V8 produced next to it; every start then skips most of the compile (about a
// quarter of the shell's start-up on the developers' machine). The cache belongs to one
// build of one Node: a different V8 rejects it, a different bundle does not match its
// digest, and either way the bundle simply compiles as usual.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const DIGEST_BYTES = 32;

/** The bundle as Node would run it: a CommonJS module's function. */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

function digest(source) {
  return createHash('sha256').update(source).digest();
}

export function codeCachePath(bundle) {
  return `${bundle}.v8cache`;
}

/** Writes the cache: the bundle's digest, then V8's data for its compiled functions. */
export function writeCodeCache(bundle) {
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(wrap(source), { filename: bundle });
  writeFileSync(codeCachePath(bundle), Buffer.concat([digest(source), script.createCachedData()]));
}

function readCache(bundle, source) {
  let stored;
  try {
    stored = readFileSync(codeCachePath(bundle));
  } catch {
    return { state: 'none' };
  }
  // V8 checks only the source's length: the digest keeps a cache from another build out.
  if (!stored.subarray(0, DIGEST_BYTES).equals(digest(source))) return { state: 'stale' };
  return { state: 'found', data: stored.subarray(DIGEST_BYTES) };
}

/**
 * Runs a CommonJS bundle as `node bundle` would, with the cache when it fits.
 * Returns what became of the cache: used, rejected by V8, stale or none.
 */
export function runWithCodeCache(bundle) {
  const source = readFileSync(bundle, 'utf8');
  return runBundle(bundle, source, readCache(bundle, source)).state;
}

/** Compiles the bundle (from the cache when found) and runs it as a CommonJS module. */
function runBundle(bundle, source, cache) {
  const script = new Script(wrap(source), { filename: bundle, cachedData: cache.data });
  const state =
    cache.state === 'found' ? (script.cachedDataRejected ? 'rejected' : 'used') : cache.state;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { script, state };
}

/**
 * Runs a CommonJS bundle with a code cache kept in a folder the app may write (the
 * packaged app's own files are read-only, and a V8 cache belongs to the runtime that made
 * it, so it cannot be made at build time for Electron's V8). With no usable cache it runs
 * compiled as usual; `save()` then writes what V8 compiled so far, functions run since
 * start included, for the next start. The digest names the bundle and this V8: another
 * build or another runtime finds the cache stale and compiles as usual.
 */
export function runWithCodeCacheIn(bundle, cacheFile) {
  const source = readFileSync(bundle, 'utf8');
  const key = Buffer.concat([digest(source), digest(process.versions.v8)]);
  let cache = { state: 'none' };
  try {
    const stored = readFileSync(cacheFile);
    cache = stored.subarray(0, key.length).equals(key)
      ? { state: 'found', data: stored.subarray(key.length) }
      : { state: 'stale' };
  } catch {
    // No cache yet.
  }
  const { script, state } = runBundle(bundle, source, cache);
  return {
    state,
    /** Writes the cache when this start had none it could use; never fails the app. */
    save: () => {
      if (state === 'used') return false;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(cacheFile, Buffer.concat([key, script.createCachedData()]));
        return true;
      } catch {
        return false;
      }
    },
  };
}
