import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HOST_BUNDLES } from '../../../build/host-bundles.mjs';
import { stagedRebuildOptions } from '../../../build/rebuild-staged-app.mjs';
import { stageApp } from '../../../build/stage-app.mjs';
import { makeTempDir } from '../../helpers/temp-dir';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);
const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  homepage?: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The bare modules a bundle loads from node_modules (not Node's own, not Electron). */
function modulesLoadedBy(source: string): Set<string> {
  const loaded = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(
    (match) => match[1] ?? '',
  );
  return new Set(
    loaded.filter(
      (name) => !name.startsWith('node:') && !name.startsWith('.') && name !== 'electron',
    ),
  );
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A checkout with the packaged app's bundles built, sharing this one's node_modules. */
const checkout = makeTempDir('smarketing-dist-');
const electronBundles = [HOST_BUNDLES.main, HOST_BUNDLES.mainStarter, HOST_BUNDLES.preload];

beforeAll(async () => {
  for (const options of electronBundles) {
    await build({
      ...options,
      absWorkingDir: root,
      outfile: join(checkout.path, options.outfile),
      logLevel: 'silent',
    });
  }
  for (const page of ['renderer', 'room']) {
    mkdirSync(join(checkout.path, 'dist', page), { recursive: true });
    writeFileSync(
      join(checkout.path, 'dist', page, 'index.html'),
      '<!doctype html><title>app</title>',
    );
  }
  cpSync(join(root, 'package.json'), join(checkout.path, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(checkout.path, 'node_modules'), 'dir');
}, 60_000);
afterAll(() => checkout.remove());

describe('what the packaged app depends on', () => {
  it('declares as runtime dependencies exactly what its bundles load from node_modules', () => {
    const loaded = new Set<string>();
    for (const options of electronBundles) {
      const source = readFileSync(join(checkout.path, options.outfile), 'utf8');
      for (const name of modulesLoadedBy(source)) loaded.add(name);
    }
    expect([...loaded].sort()).toEqual(Object.keys(project.dependencies).sort());
    expect(Object.keys(project.dependencies)).toEqual(['better-sqlite3']);
  });
});

describe('npm run dist’s staging folder', () => {
  let stage = '';
  let staged: ReturnType<typeof stageApp>;
  const nodeBuild = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  let nodeBuildBefore = '';

  beforeAll(() => {
    nodeBuildBefore = sha256(nodeBuild);
    staged = stageApp({ root: checkout.path, stage: join(checkout.path, 'release/app') });
    stage = staged.stage;
  });

  it('holds the app, a manifest with the runtime dependencies and the metadata a .deb needs', () => {
    expect(existsSync(join(stage, staged.manifest.main))).toBe(true);
    expect(existsSync(join(stage, 'dist/electron/preload.cjs'))).toBe(true);
    expect(existsSync(join(stage, 'dist/renderer/index.html'))).toBe(true);
    expect(staged.manifest.dependencies).toEqual({ 'better-sqlite3': '12.11.1' });
    expect(staged.manifest.homepage).toMatch(/^https:\/\//);
    expect(staged.manifest.author.email).toMatch(/@/);
  });

  it('carries better-sqlite3 and what it needs, without the Node build', () => {
    const modules = readdirSync(join(stage, 'node_modules'));
    expect(modules).toEqual(
      expect.arrayContaining(['better-sqlite3', 'bindings', 'file-uri-to-path']),
    );
    expect(modules).not.toContain('react');
    expect(modules).not.toContain('zod');
    expect(existsSync(join(stage, 'node_modules/better-sqlite3/build'))).toBe(false);
    expect(existsSync(join(stage, 'node_modules/better-sqlite3/binding.gyp'))).toBe(true);
  });

  /** The native modules @electron/rebuild's own walker would rebuild with these options. */
  async function nativeModulesRebuiltWith(options: object): Promise<string[]> {
    const rebuildModule = pathToFileURL(
      join(root, 'node_modules/@electron/rebuild/lib/rebuild.js'),
    ).href;
    const { Rebuilder } = (await import(rebuildModule)) as {
      Rebuilder: new (options: object) => { modulesToRebuild: () => Promise<string[]> };
    };
    const rebuilder = new Rebuilder({ ...options, lifecycle: new EventEmitter() });
    return (await rebuilder.modulesToRebuild()).filter((path) =>
      existsSync(join(path, 'binding.gyp')),
    );
  }
  const electronVersion = (require('electron/package.json') as { version: string }).version;

  it('would have its working tree rebuilt by electron-builder’s own rebuild (why the hook exists)', async () => {
    // What electron-builder's npmRebuild passes: the app folder, and the project as root.
    const native = await nativeModulesRebuiltWith({
      buildPath: stage,
      projectRootPath: checkout.path,
      electronVersion,
    });
    expect(native).toContain(join(root, 'node_modules/better-sqlite3'));
  });

  it('is all that the packaging step’s native rebuild can reach, and the working tree stays loadable by Node', async () => {
    const options = stagedRebuildOptions({
      appDir: stage,
      electronVersion,
      platform: process.platform,
      arch: process.arch,
    });
    const native = await nativeModulesRebuiltWith(options);
    expect(native).toEqual([join(stage, 'node_modules/better-sqlite3')]);

    // What that rebuild leaves behind is a build for Electron's ABI, which Node cannot load.
    for (const path of native) {
      mkdirSync(join(path, 'build/Release'), { recursive: true });
      writeFileSync(join(path, 'build/Release/better_sqlite3.node'), 'built for Electron');
    }
    expect(sha256(nodeBuild)).toBe(nodeBuildBefore);
    const loaded = spawnSync(
      process.execPath,
      [
        '-e',
        "new (require('better-sqlite3'))(':memory:').prepare('select 1').get(); console.log('ok')",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(loaded.stderr).toBe('');
    expect(loaded.stdout.trim()).toBe('ok');
  }, 30_000);

  it('is the folder electron-builder packs, rebuilt by the hook instead of electron-builder', async () => {
    const config = parse(readFileSync(join(root, 'build/electron-builder.yml'), 'utf8')) as {
      directories: { app: string; output: string };
      npmRebuild: boolean;
      beforePack: string;
    };
    expect(config.directories.app).toBe('release/app');
    expect(config.directories.output.split('/')[0]).toBe('release');
    expect(config.npmRebuild).toBe(false);
    const hook = (await import(pathToFileURL(join(root, config.beforePack)).href)) as {
      stagedRebuildOptions: typeof stagedRebuildOptions;
    };
    expect(hook.stagedRebuildOptions).toBe(stagedRebuildOptions);
  });
});
