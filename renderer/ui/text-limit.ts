import type { ClipboardEvent } from 'react';

/**
 * Text pasted into a field with a length limit: the field takes it whole or not at all.
 * The browser's own maxLength cuts a paste at the limit without a word (a goal statement of
 * 5,000 characters became its first 1,000), so a paste that would not fit is refused and
 * the caller says why; typing still stops at the limit, with the counter showing it.
 */
export function overlongPaste(
  event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>,
  maxLength: number,
): { length: number } | null {
  const field = event.currentTarget;
  const pasted = event.clipboardData.getData('text/plain');
  const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
  const length = field.value.length - selected + pasted.length;
  if (length <= maxLength) return null;
  event.preventDefault();
  return { length };
}

/** The counter appears once the text reaches this share of its limit. */
export const COUNTER_FROM = 0.8;
