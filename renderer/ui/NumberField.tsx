import { useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/plan-doc';
import {
  formatNumberInput,
  parseNumberInput,
  type NumberRefusal,
} from '../../shared/format/number-input';
import { TextField } from './TextField';
import { useDraftField } from './use-draft-field';
import { languageOf } from '../../shared/i18n/languages';

interface NumberFieldProps {
  label: string;
  /** The value in the plan, in the unit the field shows (a rate as a percentage). */
  value: number | null;
  min?: number;
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** An amount of money: cents, when there are any, show as two digits. */
  money?: boolean;
  allowEmpty?: boolean;
  help?: string;
  hideLabel?: boolean;
  className?: string;
  /** Sends the new value; returns the plan's refusal, if any. */
  commit: (value: number | null) => string | null;
}

/**
 * A number typed the way the interface language writes numbers ("20.000", "12,5 %" in
 * Spanish), stored when it is whole and right (Enter, or leaving the field), shown grouped.
 * A draft that is not a number or is out of range says why, in words, and stays until it is
 * fixed or abandoned with Escape.
 */
export function NumberField({
  value,
  min,
  max,
  integer,
  money,
  allowEmpty,
  commit,
  ...field
}: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  const language: Language = languageOf(i18n.language);
  const describe = (refusal: NumberRefusal) => describeNumberRefusal(refusal, language, t);
  const { inputProps, error } = useDraftField<number | null>({
    value,
    format: (stored) => formatNumberInput(stored, language, { money: money === true }),
    parse: (text) => {
      const parsed = parseNumberInput(text, language, { min, max, integer, allowEmpty });
      return parsed.ok ? parsed : { ok: false, message: describe(parsed.refusal) };
    },
    commit,
    equals: (a, b) => a === b,
  });
  // A zero is what an unset figure shows: clicking into it selects it, so typing "120.000"
  // replaces it rather than making "0120.000". Any other figure keeps the caret where clicked.
  const selectedOnFocus = useRef(false);
  return (
    <TextField
      {...field}
      {...inputProps}
      inputMode="decimal"
      error={error}
      onFocus={(event) => {
        selectedOnFocus.current = event.currentTarget.value === '0';
        if (selectedOnFocus.current) event.currentTarget.select();
      }}
      onMouseUp={(event) => {
        // The click's mouseup would put the caret back where the pointer was.
        if (selectedOnFocus.current) event.preventDefault();
        selectedOnFocus.current = false;
      }}
    />
  );
}

export function describeNumberRefusal(
  refusal: NumberRefusal,
  language: Language,
  t: TFunction,
): string {
  switch (refusal.code) {
    case 'number.tooSmall':
      return t('refusals.number.tooSmall', {
        min: formatNumberInput(refusal.values.min, language),
      });
    case 'number.tooLarge':
      return t('refusals.number.tooLarge', {
        max: formatNumberInput(refusal.values.max, language),
      });
    case 'number.otherConvention':
      return t('refusals.number.otherConvention', {
        example: formatNumberInput(1234.5, language),
      });
    case 'number.ambiguous':
      return t('refusals.number.ambiguous', {
        decimal: formatNumberInput(refusal.values.decimal, language),
        thousands: formatNumberInput(refusal.values.thousands, language),
      });
    case 'number.required':
      return t('refusals.number.required');
    case 'number.notWhole':
      return t('refusals.number.notWhole');
    case 'number.notANumber':
      return t('refusals.number.notANumber', { example: formatNumberInput(20000, language) });
  }
}
