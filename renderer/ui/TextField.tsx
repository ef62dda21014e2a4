import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  error?: string | null | undefined;
  help?: string | undefined;
  /** Hides the label visually but keeps it as the accessible name (tables of fields). */
  hideLabel?: boolean;
  /** A textarea for text of several sentences. */
  multiline?: boolean;
}

/** A labelled input whose error and help text are announced with it. */
export function TextField({
  label,
  error,
  help,
  hideLabel,
  multiline,
  className,
  ...input
}: TextFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, help ? `${id}-help` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          className="input textarea"
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...(input as unknown as TextareaHTMLAttributes<HTMLTextAreaElement>)}
        />
      ) : (
        <input
          id={id}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...input}
        />
      )}
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
