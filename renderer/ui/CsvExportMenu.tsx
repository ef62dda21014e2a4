import { ChevronDown, Download } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { CsvSeparator } from '../app/csv';

/**
 * "Export CSV" as a menu button: the separator is chosen as the file is asked for, the one
 * the plan's language expects first. A select beside the button took a second toolbar row
 * on a 1280 × 720 projector (the Spanish option reads "Punto y coma (;) para Excel en
 * español"), pushing the grid a row further down, for a choice made once per export.
 * Radix's menu, as the RACI rows' own: Enter, Space or ↓ open it on its first item, Escape
 * gives the button its focus back.
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
  const separators: CsvSeparator[] = first === ';' ? [';', ','] : [',', ';'];
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="btn csv-export" disabled={disabled}>
        <Download aria-hidden size={18} />
        {label}
        <ChevronDown aria-hidden size={16} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu-label">{t('csvMenu.label')}</DropdownMenu.Label>
          {separators.map((separator) => (
            <DropdownMenu.Item
              key={separator}
              className="menu-item"
              onSelect={() => onExport(separator)}
            >
              {t(separator === ';' ? 'csvMenu.semicolon' : 'csvMenu.comma')}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
