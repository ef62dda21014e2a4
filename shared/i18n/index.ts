import type { Language } from '../domain/plan-doc';
import { en, type Messages } from './en';
import { es } from './es';

export type { Messages };
export const messages: Record<Language, Messages> = { en, es };
export const LANGUAGES: readonly Language[] = ['en', 'es'];

/** The catalogue language for an i18next language code: Spanish for "es", English otherwise. */
export function languageOf(code: string): Language {
  return code === 'es' ? 'es' : 'en';
}
