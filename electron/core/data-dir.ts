import { mkdirSync, accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DomainError } from '../../shared/domain/errors';

export const APP_FOLDER_NAME = 'Smarketing Planner';
export const LIBRARY_FILE = 'library.sqlite';

/** The OS's per-user app-data folder, as Electron's app.getPath('userData') would give. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}

/** `--data-dir DIR` wins over SMARKETING_DATA_DIR, which wins over the OS default. */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (flag) return resolve(flag);
  if (env.SMARKETING_DATA_DIR) return resolve(env.SMARKETING_DATA_DIR);
  return defaultDataDir(process.platform, env);
}

/** Creates the folder and proves we can write there before any database is opened. */
export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new DomainError('IO', `the data folder ${dir} is not writable (${reason})`, {
      code: 'library.notWritable',
      values: { folder: dir, reason },
    });
  }
}
