import type { Language } from '../domain/plan-doc';

/** The interface and plan languages, without their catalogues (which a page loads one by one). */
export const LANGUAGES: readonly Language[] = ['en', 'es'];

/** The catalogue language for an i18next language code: Spanish for "es", English otherwise. */
export function languageOf(code: string): Language {
  return code === 'es' ? 'es' : 'en';
}
