import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fuseProblems, readBuilderConfig, REQUIRED_FUSES } from '../../../build/electron-fuses.mjs';
import { makeTempDir } from '../../helpers/temp-dir';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);
const configPath = join(root, 'build/electron-builder.yml');
const config = readBuilderConfig(configPath) as {
  electronFuses: Record<string, boolean>;
  deb: { depends: string[] };
  mac: Record<string, unknown>;
};

function without(fuses: Record<string, boolean>, fuse: string): Record<string, boolean> {
  return Object.fromEntries(Object.entries(fuses).filter(([name]) => name !== fuse));
}

describe('the Electron fuses of the packaged app', () => {
  it('are all set the safe way in the builder configuration', () => {
    expect(fuseProblems(config)).toEqual([]);
    expect(config.electronFuses).toEqual(REQUIRED_FUSES);
  });

  it('are fuses electron-builder knows (a misspelt one would be ignored)', () => {
    const scheme = require('app-builder-lib/scheme.json') as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(known).toEqual(expect.arrayContaining(Object.keys(REQUIRED_FUSES)));
  });

  it('are missed by the check when one is removed or set the other way', () => {
    expect(fuseProblems({ electronFuses: without(config.electronFuses, 'runAsNode') })).toEqual([
      'fuse runAsNode is not set (must be false)',
    ]);
    expect(
      fuseProblems({ electronFuses: { ...config.electronFuses, onlyLoadAppFromAsar: false } }),
    ).toEqual(['fuse onlyLoadAppFromAsar is false (must be true)']);
    expect(fuseProblems({})).toEqual(['electronFuses is not set: no fuse is flipped']);
  });

  describe('npm run audit:electron', () => {
    const dir = makeTempDir('smarketing-fuses-');
    afterAll(() => dir.remove());

    it('fails on a configuration without a fuse', () => {
      // A minimal built page to audit, and the real configuration less one fuse.
      mkdirSync(join(dir.path, 'dist/renderer'), { recursive: true });
      writeFileSync(join(dir.path, 'dist/renderer/index.html'), '<!doctype html><title>x</title>');
      const fuses = without(config.electronFuses, 'enableCookieEncryption');
      const weakened = join(dir.path, 'electron-builder.yml');
      writeFileSync(weakened, stringify({ ...config, electronFuses: fuses }));
      const audit = spawnSync(
        process.execPath,
        [join(root, 'build/audit-electron.mjs'), join(dir.path, 'dist'), weakened],
        { cwd: root, encoding: 'utf8' },
      );
      expect(audit.stdout).toMatch(/HIGH\s+ELECTRON_FUSES .*enableCookieEncryption is not set/);
      expect(audit.status).toBe(1);
    }, 60_000);
  });
});

describe('the .deb target', () => {
  it('extends electron-builder’s default dependencies instead of replacing them', () => {
    const { default: FpmTarget } = require('app-builder-lib/out/targets/FpmTarget.js') as {
      default: { prototype: { getDefaultDepends: (target: string) => string[] } };
    };
    const defaults = FpmTarget.prototype.getDefaultDepends('deb');
    expect(defaults.length).toBeGreaterThan(5);
    expect(config.deb.depends).toEqual(
      expect.arrayContaining([...defaults, 'libasound2', 'libgbm1']),
    );
  });

  it('has the homepage and maintainer it refuses to build without', () => {
    const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      homepage?: string;
      author?: { email?: string };
    };
    expect(project.homepage).toMatch(/^https:\/\//);
    expect(project.author?.email).toMatch(/@/);
  });
});

describe('signing', () => {
  it('keeps no secret in the configuration: certificates and Apple keys come from the environment', () => {
    const text = readFileSync(configPath, 'utf8');
    expect(text).not.toMatch(/cscKeyPassword|certificatePassword|appleIdPassword/);
    expect(config.mac).toMatchObject({ hardenedRuntime: true });
    expect(config.mac).not.toHaveProperty('notarize', false);
  });
});
