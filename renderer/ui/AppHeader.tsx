import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/i18n/languages';
import { changeLanguage } from '../app/i18n';
import { useAppStore } from '../store/store-context';
import { oneOf } from './one-of';

/** The top bar of every screen: product name, what the screen adds, interface language. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.settings.language);
  const updateSettings = useAppStore((s) => s.updateSettings);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          S
        </span>
        <span className="brand-name">{t('app.title')}</span>
      </div>
      <div className="app-header-content">{children}</div>
      <label className="language-switch">
        <span className="visually-hidden">{t('app.language')}</span>
        <select
          className="input input-compact"
          value={language}
          onChange={(event) => {
            const next = oneOf(LANGUAGES, event.target.value);
            if (!next) return;
            void changeLanguage(next);
            void updateSettings({ language: next });
          }}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`app.languages.${code}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
