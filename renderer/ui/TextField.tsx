import {
  useId,
  useState,
  type ClipboardEvent,
  type InputHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberInput } from '../../shared/format/number-display';
import { COUNTER_FROM, overlongPaste } from './text-limit';
import { languageOf } from '../../shared/i18n/languages';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  error?: string | null | undefined;
  help?: string | undefined;
  /** Hides the label visually but keeps it as the accessible name (tables of fields). */
  hideLabel?: boolean;
  /** A textarea for text of several sentences. */
  multiline?: boolean;
  /**
   * One line of text that wraps to show itself whole where it is long (a checklist's
   * question in a narrow column): a textarea one row high that grows with its text.
   */
  wraps?: boolean;
}

/**
 * A labelled input whose error and help text are announced with it. With a maxLength it
 * counts characters as the text nears the limit, and refuses a paste that would not fit
 * with a message instead of cutting it.
 */
export function TextField({
  label,
  error,
  help,
  hideLabel,
  multiline,
  wraps,
  className,
  maxLength,
  onPaste,
  ...input
}: TextFieldProps) {
  const id = useId();
  const { t, i18n } = useTranslation();
  const [pasteRefused, setPasteRefused] = useState<string | null>(null);
  const length = typeof input.value === 'string' ? input.value.length : 0;
  const counted = maxLength !== undefined && length >= maxLength * COUNTER_FROM;
  const shownError = pasteRefused ?? error;
  const describedBy = [
    shownError ? `${id}-error` : null,
    help ? `${id}-help` : null,
    counted ? `${id}-count` : null,
  ]
    .filter(Boolean)
    .join(' ');
  // The shared formatter is cached per language: no Intl object built at every render.
  const language = languageOf(i18n.language);
  const numbers = { format: (value: number) => formatNumberInput(value, language) };

  const checkPaste = (event: ClipboardEvent<HTMLInputElement & HTMLTextAreaElement>) => {
    onPaste?.(event);
    if (maxLength === undefined || event.defaultPrevented) return;
    const overlong = overlongPaste(event, maxLength);
    setPasteRefused(
      overlong
        ? t('refusals.text.pasteTooLong', {
            length: numbers.format(overlong.length),
            max: numbers.format(maxLength),
          })
        : null,
    );
  };
  const common = {
    id,
    maxLength,
    'aria-invalid': shownError ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onPaste: checkPaste,
  };
  const onChange = input.onChange;
  const props = {
    ...input,
    onChange: (event: Parameters<NonNullable<typeof onChange>>[0]) => {
      setPasteRefused(null);
      onChange?.(event);
    },
  };

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {multiline || wraps ? (
        <textarea
          className={wraps ? 'input textarea wraps' : 'input textarea'}
          rows={wraps ? 1 : 3}
          {...(props as unknown as TextareaHTMLAttributes<HTMLTextAreaElement>)}
          {...common}
        />
      ) : (
        <input className="input" {...props} {...common} />
      )}
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
      {counted && (
        <p
          id={`${id}-count`}
          className={`field-count${length >= maxLength ? ' is-full' : ''}`}
          aria-label={t('fields.charactersUsed', {
            length: numbers.format(length),
            max: numbers.format(maxLength),
          })}
        >
          {numbers.format(length)} / {numbers.format(maxLength)}
        </p>
      )}
      {shownError && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {shownError}
        </p>
      )}
    </div>
  );
}
