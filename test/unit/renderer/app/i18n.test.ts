// @vitest-environment happy-dom
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  changeLanguage,
  ensureAllLanguages,
  initI18n,
  languageHint,
} from '../../../../renderer/app/i18n';

/**
 * The page starts with its interface's catalogue alone and takes the other when a plan's
 * screen or a change of language needs it. One i18next instance per page, as in the app:
 * the steps below run in order on it.
 */
describe('catalogues loaded one language at a time', () => {
  it('guesses the language from the system before any start, then from the last one shown', async () => {
    window.localStorage.clear();
    Object.defineProperty(window.navigator, 'language', { value: 'es-MX', configurable: true });
    expect(languageHint()).toBe('es');

    await initI18n('en');
    expect(languageHint()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts with the interface language only, and says its words', () => {
    expect(i18next.t('library.newPlan')).toBe('New plan');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18next.hasResourceBundle('es', 'translation')).toBe(false);
  });

  it('switches the interface to a language not loaded yet, in full', async () => {
    await changeLanguage('es');
    expect(i18next.t('library.newPlan')).toBe('Nuevo plan');
    expect(document.documentElement.lang).toBe('es');
    expect(languageHint()).toBe('es');
  });

  it('gives a plan in the other language its words, whatever the interface says', async () => {
    await changeLanguage('en');
    await ensureAllLanguages();
    expect(i18next.getFixedT('es')('library.newPlan')).toBe('Nuevo plan');
    expect(i18next.t('library.newPlan')).toBe('New plan');
  });
});
