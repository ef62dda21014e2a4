import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/plan-doc';
import { messages } from '../../shared/i18n';

/** One i18next instance for the app; the catalogues live in shared/ so the menu uses them too. */
export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: messages.en }, es: { translation: messages.es } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function changeLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
