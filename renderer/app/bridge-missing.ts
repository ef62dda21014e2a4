import { messages } from '../../shared/i18n';

/**
 * What the desktop window shows when its preload's bridge did not load: the app cannot
 * reach the library, so instead of screens that fail on every click it says so once, in
 * the system's language (the settings, which hold the app's, are in the library).
 */
export function showBridgeMissing(document: Document, systemLanguage: string): void {
  const language = systemLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
  const text = messages[language].desktop;
  document.documentElement.lang = language;
  const root = document.getElementById('root') ?? document.body;
  const main = document.createElement('main');
  main.setAttribute('role', 'alert');
  main.className = 'bridge-missing';
  const heading = document.createElement('h1');
  heading.textContent = text.bridgeMissingTitle;
  const explanation = document.createElement('p');
  explanation.textContent = text.bridgeMissing;
  main.append(heading, explanation);
  root.replaceChildren(main);
}
