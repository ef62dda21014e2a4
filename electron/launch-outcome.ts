import { constants } from 'node:os';

/**
 * What `npm start` decides from what it sees, kept apart from launch.ts (which only
 * spawns) so each rule is tested on its own.
 */

/**
 * The electron package prints the runtime's path, but on first use it first downloads the
 * runtime and prints "Downloading Electron binary..." and the installer's progress on the
 * same stream: the path is the last line.
 */
export function electronPathFromProbe(stdout: string): string | null {
  const lines = stdout
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.at(-1) ?? null;
}

/** electron 45's download and rebuild tools (@electron/get 5, @electron/rebuild 4) declare Node 22.12. */
export const DESKTOP_TOOLING_NODE = '22.12.0';

export function nodeAtLeast(version: string, minimum: string): boolean {
  const parse = (text: string) => text.replace(/^v/, '').split('.').map(Number);
  const [have, need] = [parse(version), parse(minimum)];
  for (let index = 0; index < 3; index += 1) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** Signals a person sends to stop the app (Ctrl+C, a terminal closed, `kill`): not a failure to explain. */
const STOPPED_BY_USER = new Set(['SIGINT', 'SIGTERM', 'SIGHUP']);

export interface ElectronExit {
  /** The code `npm start` exits with: the app's own, or 128 + the signal's number. */
  exitCode: number;
  /** What to tell the user on stderr, if anything. */
  message: string | null;
}

/**
 * How the desktop app ended. A signal is not a clean exit: Chromium aborts with SIGTRAP
 * when Linux will not let it build its sandbox, which Ubuntu 23.10 and later refuse to an
 * unpackaged Electron through AppArmor (electron#42510).
 */
export function describeElectronExit(
  code: number | null,
  signal: NodeJS.Signals | null,
  platform: NodeJS.Platform = process.platform,
): ElectronExit {
  if (signal === null) return { exitCode: code ?? 0, message: null };
  const exitCode = 128 + (constants.signals[signal] ?? 0);
  if (STOPPED_BY_USER.has(signal)) return { exitCode, message: null };
  const lines = [`The desktop app stopped abnormally (${signal}) before it could finish.`];
  if (platform === 'linux') {
    lines.push(
      "If it stopped at once, Linux refused Electron's sandbox: Ubuntu 23.10 and later allow it",
      'only to installed apps (AppArmor). Install the .deb from `npm run dist`, or give the',
      "development runtime its sandbox helper (README, 'Linux sandbox'). Meanwhile,",
      '`npm run web` runs the same app in the browser.',
    );
  } else {
    lines.push('`npm run web` runs the same app in the browser meanwhile.');
  }
  return { exitCode, message: lines.join('\n') };
}
