import { useTranslation } from 'react-i18next';
import type { CsvSeparator } from '../app/csv';
import { SelectField } from './SelectField';

/**
 * Which character separates a CSV file's columns: a comma, or a semicolon for the
 * spreadsheets that read commas as the decimal sign (Spanish Excel).
 */
export function CsvSeparatorField({
  value,
  onChange,
}: {
  value: CsvSeparator;
  onChange: (separator: CsvSeparator) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('raci.csvSeparator')}
      value={value}
      className="compact-field"
      options={[
        { value: ',', label: t('raci.separatorComma') },
        { value: ';', label: t('raci.separatorSemicolon') },
      ]}
      onChange={(e) => onChange(e.target.value === ';' ? ';' : ',')}
    />
  );
}
