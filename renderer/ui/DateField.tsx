import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/plan-doc';
import {
  DATE_PATTERNS,
  formatDateInput,
  parseDateInput,
  type DateRefusal,
} from '../../shared/format/date-input';
import { TextField } from './TextField';
import { useDraftField } from './use-draft-field';
import { languageOf } from '../../shared/i18n/languages';

interface DateFieldProps {
  label: string;
  /** An ISO date, or null for none. */
  value: string | null;
  allowEmpty?: boolean;
  /** Checks a whole date against the others (a deadline before its start); a message keeps it unsaved. */
  check?: (iso: string | null) => string | null;
  /** Stores the date; returns the plan's refusal, if any. */
  commit: (iso: string | null) => string | null;
  hideLabel?: boolean;
  className?: string;
}

/**
 * A date typed in the interface language's order (31/12/2026 in Spanish, 12/31/2026 in
 * English), stored only when it is a whole, real date that fits (Enter or leaving the
 * field). What is wrong is said beside the field, and what was typed stays there.
 */
export function DateField({ value, allowEmpty, check, commit, ...field }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language: Language = languageOf(i18n.language);
  const { inputProps, error } = useDraftField<string | null>({
    value,
    format: (stored) => formatDateInput(stored, language),
    parse: (text) => {
      const parsed = parseDateInput(text, language, { allowEmpty: allowEmpty ?? false });
      if (!parsed.ok) {
        return { ok: false, message: describeDateRefusal(parsed.refusal, t, language) };
      }
      const problem = check?.(parsed.value) ?? null;
      return problem ? { ok: false, message: problem } : parsed;
    },
    commit,
  });
  return (
    <TextField
      {...field}
      {...inputProps}
      inputMode="numeric"
      autoComplete="off"
      placeholder={DATE_PATTERNS[language]}
      help={
        field.hideLabel ? undefined : t('fields.dateFormat', { pattern: DATE_PATTERNS[language] })
      }
      error={error}
    />
  );
}

export function describeDateRefusal(
  refusal: DateRefusal,
  t: TFunction,
  language: Language,
): string {
  switch (refusal.code) {
    case 'date.required':
      return t('refusals.date.required');
    case 'date.format':
      return t('refusals.date.format', { pattern: refusal.values.pattern });
    case 'date.noSuchDay': {
      const { day, month, year } = refusal.values;
      if (month < 1 || month > 12) return t('refusals.date.noSuchMonth', { month });
      // "February 2027", "febrero de 2027": the month named, never its number.
      const monthName = new Intl.DateTimeFormat(language, {
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(year, month - 1, 1)));
      return t('refusals.date.noSuchDay', { day, monthName, year });
    }
  }
}
