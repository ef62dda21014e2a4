import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/envelope';

/** Turns any failure into one sentence in the interface language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) return t(`errors.${error.code}`, { message: error.message });
      return t('errors.network');
    },
    [t],
  );
}
