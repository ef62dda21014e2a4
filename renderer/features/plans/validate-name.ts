import type { TFunction } from 'i18next';

export const NAME_MAX = 120;

/** The same rule as PlanNameSchema, said in the interface language before anything is sent. */
export function validateName(name: string, t: TFunction): string | null {
  if (name.trim().length === 0) return t('validation.required');
  if (name.trim().length > NAME_MAX) return t('validation.tooLong', { max: NAME_MAX });
  return null;
}
