import type { Language } from '../domain/plan-doc';
import { en, type Messages } from './en';
import { es } from './es';

export type { Messages };
export { LANGUAGES, languageOf } from './languages';
/** Both catalogues: for the host's menus and notices. A page loads only the one it shows. */
export const messages: Record<Language, Messages> = { en, es };
