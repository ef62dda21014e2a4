import { useTranslation } from 'react-i18next';
import { parseClockInput } from '../../shared/format/clock-input';
import { TextField } from './TextField';
import { useDraftField } from './use-draft-field';

/**
 * A time of day typed as people type it ("9", "17:30", "5 pm"), stored as HH:MM when the
 * field is left or Enter is pressed; anything else says why and stays until fixed or Escape.
 */
export function ClockField({
  label,
  value,
  commit,
}: {
  label: string;
  value: string;
  /** Sends the new time; returns the plan's refusal, if any. */
  commit: (clock: string) => string | null;
}) {
  const { t } = useTranslation();
  const { inputProps, error } = useDraftField<string>({
    value,
    format: (stored) => stored,
    parse: (text) => {
      const clock = parseClockInput(text);
      return clock ? { ok: true, value: clock } : { ok: false, message: t('fields.clockFormat') };
    },
    commit,
  });
  return (
    <TextField
      label={label}
      {...inputProps}
      inputMode="numeric"
      autoComplete="off"
      placeholder="09:00"
      className="clock-field"
      error={error}
    />
  );
}
