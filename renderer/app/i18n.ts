import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { toast } from '../ui/toast';
import type { Language } from '../../shared/domain/plan-doc';
import type { Messages } from '../../shared/i18n';
import { LANGUAGES, languageOf } from '../../shared/i18n/languages';

/**
 * Each language's catalogue is a chunk of its own, loaded when first needed: the library
 * opens with the interface's language alone (84 KB of script less to read before it
 * shows), the other follows once the page is idle, and a plan's screens wait for both, since
 * a plan, its report and its exports may be in the other language than the interface.
 */
const CATALOGUES: Record<Language, () => Promise<Messages>> = {
  en: () => import('../../shared/i18n/en').then((module) => module.en),
  es: () => import('../../shared/i18n/es').then((module) => module.es),
};
const loading = new Map<Language, Promise<Messages>>();
const loaded = new Map<Language, Messages>();

/** Starts loading a language's catalogue (once); resolves with it. */
export function loadCatalogue(language: Language): Promise<Messages> {
  let catalogue = loading.get(language);
  if (!catalogue) {
    catalogue = CATALOGUES[language]().then((messages) => {
      loaded.set(language, messages);
      return messages;
    });
    loading.set(language, catalogue);
    // A failed load (the app updated under an open window) may be tried again.
    catalogue.catch(() => loading.delete(language));
  }
  return catalogue;
}

/**
 * Makes a language's words available to i18next. Before i18next starts (a plan's address
 * loading its screen alongside the settings) the catalogue is only loaded: initI18n then
 * starts with every catalogue loaded so far.
 */
export async function ensureLanguage(language: Language): Promise<void> {
  const catalogue = await loadCatalogue(language);
  if (i18next.isInitialized && !i18next.hasResourceBundle(language, 'translation')) {
    // Not copied (i18next's default, a JSON round trip of the whole catalogue: a long task
    // just after the first screen): the catalogue is a module's constant, never changed.
    i18next.addResourceBundle(language, 'translation', catalogue, false, false, {
      skipCopy: true,
    });
  }
}

/** Both languages: what a plan's screens need before they draw. */
export function ensureAllLanguages(): Promise<void> {
  return Promise.all(LANGUAGES.map(ensureLanguage)).then(() => undefined);
}

const LANGUAGE_KEY = 'smarketing.language';

/**
 * The interface's language as this page last knew it (else the system's): its catalogue
 * starts loading with the first reads, before the settings have said which it is.
 */
export function languageHint(): Language {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage refused (a locked-down profile): the system's language is the guess.
  }
  return languageOf(stored ?? navigator.language.slice(0, 2).toLowerCase());
}

function remember(language: Language): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Only a guess for the next start is lost.
  }
}

/** One i18next instance for the app; the catalogues live in shared/ so the menu uses them too. */
export async function initI18n(language: Language) {
  await loadCatalogue(language);
  const resources = Object.fromEntries(
    [...loaded].map(([code, translation]) => [code, { translation }]),
  );
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  remember(language);
  return i18next;
}

/**
 * Switches the interface's language. Its catalogue fails to load only when the app was
 * updated or restarted under this window (the chunk it names is gone): the screen then says
 * so, in the language it keeps, rather than seem to ignore the choice.
 */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    await ensureLanguage(language);
  } catch {
    toast.error(i18next.t('app.screenFailed.body'));
    return;
  }
  await i18next.changeLanguage(language);
  remember(language);
}
