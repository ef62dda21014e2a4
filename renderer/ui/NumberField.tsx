import { useEffect, useRef, useState } from 'react';
import { TextField } from './TextField';

interface NumberFieldProps {
  label: string;
  /** The value in the plan, in the unit the field shows (a rate as a percentage). */
  value: number | null;
  min?: number;
  max?: number;
  step?: number;
  allowEmpty?: boolean;
  help?: string;
  hideLabel?: boolean;
  messages: { number: string; range: string };
  /** Sends the new value; returns the plan's refusal, if any. */
  commit: (value: number | null) => string | null;
}

/**
 * A numeric field that edits the plan as the user types. Anything that is not
 * a number in range shows a message and is not sent; the plan keeps its value.
 */
export function NumberField({
  value,
  min,
  max,
  step,
  allowEmpty,
  messages,
  commit,
  ...field
}: NumberFieldProps) {
  const shown = value === null ? '' : String(roundForInput(value));
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const lastSent = useRef(shown);

  useEffect(() => {
    if (shown !== lastSent.current) {
      lastSent.current = shown;
      setDraft(shown);
      setError(null);
    }
  }, [shown]);

  const parse = (
    text: string,
  ): { ok: true; value: number | null } | { ok: false; message: string } => {
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === '')
      return allowEmpty ? { ok: true, value: null } : { ok: false, message: messages.number };
    const number = Number(trimmed);
    if (!Number.isFinite(number)) return { ok: false, message: messages.number };
    if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
      return { ok: false, message: messages.range };
    }
    return { ok: true, value: number };
  };

  return (
    <TextField
      {...field}
      inputMode="decimal"
      value={draft}
      error={error}
      step={step}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const parsed = parse(text);
        if (!parsed.ok) {
          setError(parsed.message);
          return;
        }
        const next = parsed.value === null ? '' : String(parsed.value);
        if (next === shown) {
          setError(null);
          return;
        }
        lastSent.current = next;
        setError(commit(parsed.value));
      }}
      onBlur={() => {
        if (error) {
          setDraft(shown);
          setError(null);
        }
      }}
    />
  );
}

/** Floating-point noise (0.15 × 100 = 15.000000000000002) never reaches the screen. */
function roundForInput(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
