import type { Language } from '../../shared/domain/plan-doc';
import { languageOf } from '../../shared/i18n/languages';

/**
 * The language this window's system (the browser, or Electron from the OS) asks for: the
 * interface's until someone chooses one. Undefined where there is no navigator (the
 * store's tests in Node), so the host's default stands.
 */
export function systemLanguage(): Language | undefined {
  if (typeof navigator === 'undefined' || !navigator.language) return undefined;
  return languageOf(navigator.language.slice(0, 2).toLowerCase());
}
