import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describeOpenFailure,
  electronSqliteBinding,
  languageOfLocale,
} from '../../../../electron/main/native-binding';
import { makeTempDir } from '../../../helpers/temp-dir';

const dir = makeTempDir('smarketing-binding-');
afterAll(() => dir.remove());

/** What better-sqlite3 throws for a native build it cannot load, from the real loader. */
function loadFailure(): unknown {
  const notForThisNode = join(dir.path, 'better_sqlite3.node');
  writeFileSync(notForThisNode, 'built for another runtime');
  try {
    new Database(':memory:', { nativeBinding: notForThisNode });
  } catch (error) {
    return error;
  }
  throw new Error('the broken build loaded');
}

describe('which better-sqlite3 build the desktop app loads', () => {
  const devBuild = join(dir.path, 'dev.node');
  writeFileSync(devBuild, '');

  it('in a checkout: the variable, else the Electron build in dist/native', () => {
    const env = { SMARKETING_SQLITE_BINDING: '/elsewhere/better_sqlite3.node' };
    expect(electronSqliteBinding({ isPackaged: false, env, devBuild })).toBe(
      env.SMARKETING_SQLITE_BINDING,
    );
    expect(electronSqliteBinding({ isPackaged: false, env: {}, devBuild })).toBe(devBuild);
    expect(
      electronSqliteBinding({ isPackaged: false, env: {}, devBuild: join(dir.path, 'none') }),
    ).toBeUndefined();
  });

  it('installed: its own build, whatever the environment names', () => {
    const env = { SMARKETING_SQLITE_BINDING: '/tmp/anything.node' };
    expect(electronSqliteBinding({ isPackaged: true, env, devBuild })).toBeUndefined();
  });
});

describe('a library that could not be opened', () => {
  it('names the rebuild command instead of a raw loader error, in the user’s language', () => {
    const error = loadFailure();
    expect(describeOpenFailure(error, false, 'en')).toMatch(/npm run rebuild:electron/);
    expect(describeOpenFailure(error, false, 'es')).toMatch(
      /no está compilado para esta versión de Electron/,
    );
  });

  it('recognises Node’s ABI message and says to reinstall an installed app', () => {
    const abi = new Error(
      "The module '/app/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 139.",
    );
    expect(describeOpenFailure(abi, false, 'en')).toMatch(/npm run rebuild:electron/);
    expect(describeOpenFailure(abi, true, 'en')).toMatch(
      /^The database engine could not be loaded .*Reinstall/,
    );
  });

  it('passes any other reason through as it is', () => {
    expect(describeOpenFailure(new Error('the data folder /x is not writable'), false, 'en')).toBe(
      'the data folder /x is not writable',
    );
  });

  it('speaks Spanish to a Spanish system before the settings are readable', () => {
    expect(languageOfLocale('es-ES')).toBe('es');
    expect(languageOfLocale('es-419')).toBe('es');
    expect(languageOfLocale('en-GB')).toBe('en');
    expect(languageOfLocale('de')).toBe('en');
  });
});
