import { ChevronDown, Download } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvSeparator } from '../app/csv';

/**
 * "Export CSV" as a menu button: the separator is chosen as the file is asked for, the one
 * the plan's language expects first. A select beside the button took a second toolbar row
 * on a 1280 × 720 projector (the Spanish option reads "Punto y coma (;) para Excel en
 * español"), pushing the grid a row further down, for a choice made once per export.
 *
 * The WAI-ARIA menu button: Enter, Space or ↓ open the menu on its first item, ↑ on its
 * last; ↑ ↓ Home End move; Escape closes it and gives the button its focus back; Tab or a
 * click elsewhere closes it.
 */
export function CsvExportMenu({
  label,
  disabled,
  first,
  onExport,
}: {
  label: string;
  disabled: boolean;
  /** The separator offered first: the plan's language's spreadsheets' own. */
  first: CsvSeparator;
  onExport: (separator: CsvSeparator) => void;
}) {
  const { t } = useTranslation();
  const menuId = useId();
  const [open, setOpen] = useState<{ focus: 'first' | 'last' } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const separators: CsvSeparator[] = first === ';' ? [';', ','] : [',', ';'];

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    if (!open) return;
    const all = items();
    (open.focus === 'first' ? all[0] : all.at(-1))?.focus();
    const closeOnClickOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    document.addEventListener('pointerdown', closeOnClickOutside);
    return () => document.removeEventListener('pointerdown', closeOnClickOutside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };
  const choose = (separator: CsvSeparator) => {
    close(true);
    onExport(separator);
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen({ focus: event.key === 'ArrowDown' ? 'first' : 'last' });
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moveTo = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(at + 1);
    else if (event.key === 'ArrowUp') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(all.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className="btn"
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setOpen({ focus: 'first' }))}
        onKeyDown={onButtonKey}
      >
        <Download aria-hidden size={18} />
        {label}
        <ChevronDown aria-hidden size={16} />
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t('csvMenu.label')}
          className="menu-popup"
          onKeyDown={onMenuKey}
        >
          {separators.map((separator) => (
            <li
              key={separator}
              role="menuitem"
              tabIndex={-1}
              onClick={() => choose(separator)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  choose(separator);
                }
              }}
            >
              {t(separator === ';' ? 'csvMenu.semicolon' : 'csvMenu.comma')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
