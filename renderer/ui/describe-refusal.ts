import type { TFunction } from 'i18next';
import type { Refusal } from '../../shared/domain/errors';
import type { Language } from '../../shared/domain/plan-doc';
import { formatNumberInput } from '../../shared/format/number-display';

/**
 * A refusal in the interface language: its sentence from the catalogue, with any number in
 * it written the language's way ("1.000 caracteres", not "1000").
 */
export function describeRefusal(refusal: Refusal, t: TFunction, language: Language): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(refusal.values ?? {})) {
    values[key] = typeof value === 'number' ? formatNumberInput(value, language) : value;
  }
  return t(`refusals.${refusal.code}`, values);
}
