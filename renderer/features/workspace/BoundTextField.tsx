import type { InputHTMLAttributes } from 'react';
import { TextField } from '../../ui/TextField';
import { useDraftField } from '../../ui/use-draft-field';

interface BoundTextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'id'
> {
  label: string;
  /** The value in the plan. */
  value: string;
  /** Checks the draft; a message keeps it on screen (nothing is sent) until it is fixed. */
  validate?: (draft: string) => string | null;
  /** Sends the edit; returns the plan's refusal, if any. */
  commit: (draft: string) => string | null;
  help?: string;
  hideLabel?: boolean;
  multiline?: boolean;
  /** One line that wraps to show itself whole (see TextField); a pasted line break is a space. */
  wraps?: boolean;
}

/**
 * A text field of the plan. What is typed is a draft, stored (trimmed) when the field is
 * left or Enter is pressed (in a single-line field), so nothing half-typed is ever stored
 * and one edit is one undo step. Escape puts the stored text back.
 */
export function BoundTextField({
  value,
  validate,
  commit,
  multiline,
  wraps,
  ...field
}: BoundTextFieldProps) {
  const oneLine = (text: string) => (wraps ? text.replace(/\s*\n\s*/g, ' ') : text).trim();
  const { inputProps, error } = useDraftField<string>({
    value,
    format: (stored) => stored,
    parse: (text) => {
      const problem = validate?.(text) ?? null;
      return problem ? { ok: false, message: problem } : { ok: true, value: oneLine(text) };
    },
    commit,
    equals: (typed, stored) => typed === stored.trim(),
    multiline: multiline ?? false,
  });
  return (
    <TextField
      {...field}
      {...inputProps}
      multiline={multiline ?? false}
      wraps={wraps ?? false}
      error={error}
    />
  );
}
