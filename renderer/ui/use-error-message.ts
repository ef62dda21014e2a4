import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/envelope';
import { describeRefusal } from './describe-refusal';
import { languageOf } from '../../shared/i18n/languages';

/** Turns any failure into one sentence in the interface language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return useCallback(
    (error: unknown) =>
      error instanceof ApiError ? describeRefusal(error.refusal, t, language) : t('errors.network'),
    [t, language],
  );
}
