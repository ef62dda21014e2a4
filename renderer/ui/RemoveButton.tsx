import { Trash2 } from 'lucide-react';

interface RemoveButtonProps {
  /** Says what is removed ("Remove Ana Ruiz"): the accessible name and the tooltip. */
  label: string;
  onClick: () => void;
  disabled?: boolean;
}

/** The trash-can button every list of the app uses to remove one of its rows. */
export function RemoveButton({ label, onClick, disabled = false }: RemoveButtonProps) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Trash2 aria-hidden size={18} />
    </button>
  );
}
