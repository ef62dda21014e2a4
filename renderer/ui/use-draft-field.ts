import { useEffect, useState, type ChangeEvent, type KeyboardEvent } from 'react';

export type DraftParse<T> = { ok: true; value: T } | { ok: false; message: string };

interface DraftFieldOptions<T> {
  /** The stored value. */
  value: T;
  /** How the stored value reads in the field. */
  format: (value: T) => string;
  /** What the typed text means, or why it cannot be stored. */
  parse: (text: string) => DraftParse<T>;
  /** Stores a whole value; returns the plan's refusal, in words, if any. */
  commit: (value: T) => string | null;
  equals?: (a: T, b: T) => boolean;
  /** Enter adds a line instead of committing (a textarea). */
  multiline?: boolean;
}

/**
 * A field that edits a draft. What is typed stays on screen as typed and is stored only
 * when it is whole: on Enter, or on leaving the field. Never a prefix of it (typing 150
 * never stores 15). A draft that cannot be stored keeps its message beside the field until
 * it is fixed or abandoned (Escape, or Ctrl/Cmd+Z while it is unsaved, puts the stored
 * value back). A change to the stored value from elsewhere (undo, another window) shows at
 * once in a field that is not being edited, and never overwrites a draft being typed.
 */
export function useDraftField<T>({
  value,
  format,
  parse,
  commit,
  equals = Object.is,
  multiline = false,
}: DraftFieldOptions<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A draft left with a refusal that depended on another field (a start after the end):
  // once that field changes so the draft fits, the message goes and the draft is stored,
  // as the user meant when they left it.
  const [leftRefused, setLeftRefused] = useState(false);
  const fitsNow = leftRefused && draft !== null && parse(draft).ok;

  const revert = () => {
    setDraft(null);
    setError(null);
    setLeftRefused(false);
  };

  /** Stores the draft if it is whole; reports whether the field now shows the stored value. */
  const commitDraft = (): boolean => {
    if (draft === null) return true;
    const parsed = parse(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return false;
    }
    if (!equals(parsed.value, value)) {
      const refusal = commit(parsed.value);
      if (refusal) {
        setError(refusal);
        return false;
      }
    }
    revert();
    return true;
  };

  const inputProps = {
    value: draft ?? format(value),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const text = event.target.value;
      setLeftRefused(false);
      setDraft(text);
      const parsed = parse(text);
      setError(parsed.ok ? null : parsed.message);
    },
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const undoKey =
        (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
      if ((event.key === 'Escape' || undoKey) && draft !== null) {
        // Only the draft is abandoned: neither the dialog around it nor the plan's undo.
        event.preventDefault();
        event.stopPropagation();
        revert();
      } else if (event.key === 'Enter' && !multiline && !event.nativeEvent.isComposing) {
        // A one-line text shown in a textarea that wraps: Enter stores it, as in an input,
        // and adds no line to it.
        if (event.currentTarget instanceof HTMLTextAreaElement) event.preventDefault();
        commitDraft();
      }
    },
    onBlur: () => {
      setLeftRefused(!commitDraft());
    },
  };

  useEffect(() => {
    // Storing the draft in the plan is the effect; clearing the draft follows from it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (fitsNow) commitDraft();
    // Only the change from "refused" to "fits" matters; commitDraft reads the latest state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitsNow]);

  return { inputProps, error, dirty: draft !== null, commitDraft, revert };
}
