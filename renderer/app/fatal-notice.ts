import type { Language } from '../../shared/domain/plan-doc';
import { desktop as en } from '../../shared/i18n/en/desktop';
import { desktop as es } from '../../shared/i18n/es/desktop';

type DesktopText = typeof en;
// Only these words, in both languages: the notice must show whatever the page could load.
const DESKTOP_TEXT: Record<Language, DesktopText> = { en, es };

/**
 * Replaces the page with one message when the app can no longer reach its library: the
 * desktop window without its bridge, a browser tab whose shell was restarted. Instead of
 * screens that fail on every click or hang on "Opening plan…", it says once, in the user's
 * language, what happened and what to do.
 */
export function showFatalNotice(
  document: Document,
  language: string,
  text: (desktop: DesktopText) => { title: string; body: string },
): void {
  const lang: Language = language.toLowerCase().startsWith('es') ? 'es' : 'en';
  const { title, body } = text(DESKTOP_TEXT[lang]);
  document.documentElement.lang = lang;
  const root = document.getElementById('root') ?? document.body;
  const main = document.createElement('main');
  main.setAttribute('role', 'alert');
  main.className = 'fatal-notice';
  const heading = document.createElement('h1');
  heading.textContent = title;
  const explanation = document.createElement('p');
  explanation.textContent = body;
  main.append(heading, explanation);
  root.replaceChildren(main);
}

/** Whether a fatal notice already holds the page: the app is then not drawn over it. */
export function fatalNoticeShown(document: Document): boolean {
  return document.querySelector('main.fatal-notice') !== null;
}

/** The desktop window's preload did not give it its bridge to the library. */
export function showBridgeMissing(document: Document, systemLanguage: string): void {
  showFatalNotice(document, systemLanguage, (text) => ({
    title: text.bridgeMissingTitle,
    body: text.bridgeMissing,
  }));
}

/** The browser shell was restarted: this tab's key to it is gone, and a new address was printed. */
export function showShellRestarted(document: Document, language: string): void {
  showFatalNotice(document, language, (text) => ({
    title: text.shellRestartedTitle,
    body: text.shellRestarted,
  }));
}
