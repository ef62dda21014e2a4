import type { Language } from '../domain/plan-doc';
import { en, type Messages } from './en';
import { es } from './es';

export type { Messages };
export const messages: Record<Language, Messages> = { en, es };
export const LANGUAGES: readonly Language[] = ['en', 'es'];
