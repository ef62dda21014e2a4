import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCachePath, writeCodeCache } from '../../../../build/code-cache.mjs';

const loader = fileURLToPath(new URL('../../../../build/code-cache.mjs', import.meta.url));

/** A CommonJS bundle that reports its module environment and resolves a sibling module. */
function bundleSource(version: number): string {
  return `process.stdout.write(JSON.stringify({
    version: ${version},
    filename: __filename,
    dirname: __dirname,
    resolved: require('./helper.cjs').name,
    exportsWork: module.exports === exports,
  }) + '\\n');`;
}

/**
 * Runs the bundle as the shell's start does, in a fresh Node: V8 keeps scripts it has
 * compiled in memory, so only a new process shows whether the cache on disk was taken.
 */
function start(bundle: string): { state: string; seen: Record<string, unknown> } {
  const script = `import { runWithCodeCache } from ${JSON.stringify(loader)};
    process.stdout.write(runWithCodeCache(process.argv[1]) + '\\n');`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, bundle], {
    encoding: 'utf8',
  });
  const [seen, state] = run.stdout.trim().split('\n');
  if (run.status !== 0 || seen === undefined || state === undefined) throw new Error(run.stderr);
  return { state, seen: JSON.parse(seen) as Record<string, unknown> };
}

describe('the shell bundle run from its V8 code cache', () => {
  let dir: string;
  let bundle: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'smarketing-code-cache-'));
    bundle = join(dir, 'shell.cjs');
    writeFileSync(
      join(dir, 'helper.cjs'),
      "module.exports = { name: 'helper beside the bundle' };",
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the cache the build wrote, and runs the bundle as Node would', () => {
    writeFileSync(bundle, bundleSource(1));
    writeCodeCache(bundle);
    expect(start(bundle)).toEqual({
      state: 'used',
      seen: {
        version: 1,
        filename: bundle,
        dirname: dir,
        resolved: 'helper beside the bundle',
        exportsWork: true,
      },
    });
  });

  it('runs without a cache when the build left none', () => {
    writeFileSync(bundle, bundleSource(2));
    const { state, seen } = start(bundle);
    expect(state).toBe('none');
    expect(seen['version']).toBe(2);
  });

  it('ignores the cache of another bundle of the same length, running the new code', () => {
    writeFileSync(bundle, bundleSource(3));
    writeCodeCache(bundle);
    // Same length, different code: V8 alone checks only the length and would take it.
    writeFileSync(bundle, bundleSource(4));
    const { state, seen } = start(bundle);
    expect(state).toBe('stale');
    expect(seen['version']).toBe(4);
  });

  it('compiles as usual when V8 refuses damaged cache data', () => {
    writeFileSync(bundle, bundleSource(5));
    writeCodeCache(bundle);
    const cache = readFileSync(codeCachePath(bundle));
    // Past the digest: V8's own header, its magic number and version hash first.
    cache.fill(0xff, 32, 48);
    writeFileSync(codeCachePath(bundle), cache);
    const { state, seen } = start(bundle);
    expect(state).toBe('rejected');
    expect(seen['version']).toBe(5);
  });
});

/**
 * Runs the bundle as the desktop app's entry does (electron/main/start.ts), in a fresh
 * Node, saving the cache after the run when asked: what a first start of the app does.
 */
function startWritingCache(
  bundle: string,
  cacheFile: string,
): { state: string; saved: string; seen: Record<string, unknown> } {
  const script = `import { runWithCodeCacheIn } from ${JSON.stringify(loader)};
    const run = runWithCodeCacheIn(process.argv[1], process.argv[2]);
    process.stdout.write(run.state + '\\n' + run.save() + '\\n');`;
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, bundle, cacheFile],
    { encoding: 'utf8' },
  );
  const [seen, state, saved] = run.stdout.trim().split('\n');
  if (run.status !== 0 || !seen || !state || !saved) throw new Error(run.stderr);
  return { state, saved, seen: JSON.parse(seen) as Record<string, unknown> };
}

describe('the desktop main bundle run from the cache its first start writes', () => {
  let dir: string;
  let bundle: string;
  let cacheFile: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'smarketing-main-cache-'));
    bundle = join(dir, 'main.cjs');
    cacheFile = join(dir, 'profile', 'Chromium', 'main.v8cache');
    writeFileSync(join(dir, 'helper.cjs'), "module.exports = { name: 'helper beside main' };");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles on the first start and writes the cache; the next start uses it', () => {
    writeFileSync(bundle, bundleSource(6));
    const first = startWritingCache(bundle, cacheFile);
    expect(first).toMatchObject({ state: 'none', saved: 'true' });
    const second = startWritingCache(bundle, cacheFile);
    expect(second.state).toBe('used');
    // A start that used the cache leaves it as it is.
    expect(second.saved).toBe('false');
    expect(second.seen).toEqual({
      version: 6,
      filename: bundle,
      dirname: dir,
      resolved: 'helper beside main',
      exportsWork: true,
    });
  });

  it('finds the cache of an earlier build stale, runs the new code and writes it anew', () => {
    writeFileSync(bundle, bundleSource(7));
    startWritingCache(bundle, cacheFile);
    writeFileSync(bundle, bundleSource(8));
    const updated = startWritingCache(bundle, cacheFile);
    expect(updated).toMatchObject({ state: 'stale', saved: 'true' });
    expect(updated.seen['version']).toBe(8);
    expect(startWritingCache(bundle, cacheFile).state).toBe('used');
  });

  it("finds another runtime's cache stale: the digest names this V8", () => {
    writeFileSync(bundle, bundleSource(9));
    startWritingCache(bundle, cacheFile);
    const cache = readFileSync(cacheFile);
    // The second 32 bytes are the digest of V8's version.
    cache.fill(0, 32, 64);
    writeFileSync(cacheFile, cache);
    expect(startWritingCache(bundle, cacheFile).state).toBe('stale');
  });

  it('runs the app all the same where the cache cannot be written', () => {
    writeFileSync(bundle, bundleSource(10));
    // A file where the cache's folder should be: nothing can be written under it.
    writeFileSync(join(dir, 'profile'), 'not a folder');
    const run = startWritingCache(bundle, cacheFile);
    expect(run).toMatchObject({ state: 'none', saved: 'false' });
    expect(run.seen['version']).toBe(10);
  });
});
