import { useId, type SelectHTMLAttributes } from 'react';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  help?: string | undefined;
  hideLabel?: boolean;
}

/**
 * The platform's own select: it is keyboard- and screen-reader-complete on every
 * OS, and on a projector it opens the native list everyone knows.
 */
export function SelectField({
  label,
  options,
  help,
  hideLabel,
  className,
  ...select
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <select
        id={id}
        className="input"
        aria-describedby={help ? `${id}-help` : undefined}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
    </div>
  );
}
