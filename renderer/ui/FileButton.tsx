import { FileUp } from 'lucide-react';
import { useRef } from 'react';

interface FileButtonProps {
  /** The button's text and accessible name. */
  label: string;
  accept: string;
  disabled?: boolean;
  /** Called as the picker opens: a moment to prepare what will read the file. */
  onOpen?: () => void;
  onFile: (file: File) => void;
}

/**
 * A button that opens the system's file picker. The input itself is hidden, out of the
 * tab order and out of the accessibility tree (a screen reader would otherwise announce
 * the button's name twice); it is cleared after each pick, so choosing the same file again
 * (after fixing it) loads it again.
 */
export function FileButton({ label, accept, disabled = false, onOpen, onFile }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={disabled}
        onClick={() => {
          onOpen?.();
          input.current?.click();
        }}
      >
        <FileUp aria-hidden size={18} />
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
