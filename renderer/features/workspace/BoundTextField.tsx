import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { TextField } from '../../ui/TextField';

interface BoundTextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'id'
> {
  label: string;
  /** The value in the plan. */
  value: string;
  /** Checks the draft; a message keeps it local (nothing is sent) until it is fixed. */
  validate?: (draft: string) => string | null;
  /** Sends the edit; returns the plan's refusal, if any. */
  commit: (draft: string) => string | null;
  help?: string;
  hideLabel?: boolean;
  multiline?: boolean;
}

/**
 * A text field that edits the plan as the user types: each valid keystroke is
 * a command (merged into one undo step by the host). A value that changes
 * underneath, by undo or redo, replaces the draft.
 */
export function BoundTextField({ value, validate, commit, ...field }: BoundTextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const lastSent = useRef(value);

  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setDraft(value);
      setError(null);
    }
  }, [value]);

  return (
    <TextField
      {...field}
      value={draft}
      error={error}
      onChange={(event: { target: { value: string } }) => {
        const next = event.target.value;
        setDraft(next);
        const problem = validate?.(next) ?? null;
        if (problem) {
          setError(problem);
          return;
        }
        if (next.trim() === value.trim()) {
          setError(null);
          return;
        }
        lastSent.current = next.trim();
        const refused = commit(next.trim());
        setError(refused);
      }}
      onBlur={() => {
        // Leaving a field with an invalid draft shows the plan's value again.
        if (error) {
          setDraft(value);
          setError(null);
        }
      }}
    />
  );
}
