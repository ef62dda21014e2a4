import { existsSync } from 'node:fs';
import type { Language } from '../../shared/domain/plan-doc';
import { messages } from '../../shared/i18n';

/**
 * better-sqlite3 in node_modules is built for Node (tests, browser shell). Run from a
 * checkout, Electron loads an Electron-ABI build kept in dist/native/electron; the packaged
 * app carries its own build, rebuilt for Electron when it was packed.
 *
 * SMARKETING_SQLITE_BINDING names another build, for development only: in an installed app
 * an environment variable must never choose native code to load.
 */
export function electronSqliteBinding(options: {
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
  devBuild: string;
}): string | undefined {
  if (options.isPackaged) return undefined;
  const fromEnv = options.env.SMARKETING_SQLITE_BINDING;
  if (fromEnv) return fromEnv;
  return existsSync(options.devBuild) ? options.devBuild : undefined;
}

/**
 * The sentence for a library that could not be opened. A native build for another ABI
 * fails with Node's raw "was compiled against a different Node.js version …
 * NODE_MODULE_VERSION 115 …" (ERR_DLOPEN_FAILED), which tells a user nothing: in a checkout
 * it names the command that fixes it, in an installed app it says to reinstall.
 */
export function describeOpenFailure(
  error: unknown,
  isPackaged: boolean,
  language: Language,
): string {
  const text = messages[language].desktop;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const nativeLoad =
    code === 'ERR_DLOPEN_FAILED' ||
    /NODE_MODULE_VERSION|better_sqlite3\.node|invalid ELF header|not a valid Win32 application/.test(
      message,
    );
  if (!nativeLoad) return message;
  if (!isPackaged) return text.nativeBuildStale;
  return text.nativeBuildBroken.replace('{{reason}}', firstLine(message));
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}

/** The language for messages shown before the library (and so the settings) is open. */
export function languageOfLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}
