// V8's code cache for the browser shell's bundle. The build compiles the bundle once and
// keeps what V8 produced next to it; every start then skips most of the compile (about a
// quarter of the shell's start-up on the developers' machine). The cache belongs to one
// build of one Node: a different V8 rejects it, a different bundle does not match its
// digest, and either way the bundle simply compiles as usual.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
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
  const cache = readCache(bundle, source);
  const script = new Script(wrap(source), { filename: bundle, cachedData: cache.data });
  const state =
    cache.state === 'found' ? (script.cachedDataRejected ? 'rejected' : 'used') : cache.state;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return state;
}
