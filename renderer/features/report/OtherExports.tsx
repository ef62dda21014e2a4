import i18next from 'i18next';
import { FileSpreadsheet, ListChecks } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeFunnel } from '../../../shared/domain/funnel-math';
import type { Language, PlanDoc } from '../../../shared/domain/plan-doc';
import { defaultSeparator, toCsv, type CsvSeparator } from '../../app/csv';
import { saveTextFile } from '../../app/download';
import { CsvSeparatorField } from '../../ui/CsvSeparatorField';
import { numberFormats } from '../funnel/format-numbers';
import { raciToCsv } from '../raci/raci-csv';
import { crmChecklist } from './crm-checklist';
import { goalRows, slaRows } from './plan-tables';

/**
 * The plan for other tools: goals, RACI and SLA terms as CSV for a
 * spreadsheet, and the CRM set-up checklist as Markdown, in the language
 * chosen for the export.
 */
export function OtherExports({ doc, language }: { doc: PlanDoc; language: Language }) {
  const { t } = useTranslation();
  const [separator, setSeparator] = useState<CsvSeparator>(defaultSeparator(language));
  const fixed = i18next.getFixedT(language);
  const analysis = analyzeFunnel(doc.funnel);
  const formats = numberFormats(language, doc.currency);
  const file = (what: string, extension: string) => `${doc.name} – ${what}.${extension}`;
  const teams = new Map(doc.teams.map((team) => [team.id, team.name]));
  const roles = new Map(doc.raci.roles.map((r) => [r.id, r]));

  const downloads = [
    {
      key: 'goals',
      disabled: doc.goals.goals.length === 0,
      save: () =>
        saveTextFile(
          file(fixed('report.sections.goals'), 'csv'),
          toCsv(goalRows(doc, analysis, fixed), separator, language),
          'text/csv',
        ),
    },
    {
      key: 'raci',
      disabled: doc.raci.activities.length === 0,
      save: () =>
        saveTextFile(
          file('RACI', 'csv'),
          raciToCsv(
            doc.raci,
            {
              phase: fixed('raci.phase'),
              activity: fixed('raci.activity'),
              phaseName: (p) => fixed(`raci.phases.${p}`),
              roleName: (id) =>
                `${roles.get(id)?.name ?? ''} (${teams.get(roles.get(id)?.teamId ?? '') ?? ''})`,
            },
            separator,
          ),
          'text/csv',
        ),
    },
    {
      key: 'sla',
      disabled: false,
      save: () =>
        saveTextFile(
          file('SLA', 'csv'),
          toCsv(slaRows(doc, analysis, fixed, formats), separator, language),
          'text/csv',
        ),
    },
  ] as const;

  return (
    <fieldset className="export-other">
      <legend className="field-label">{t('report.export.other')}</legend>
      <CsvSeparatorField value={separator} onChange={setSeparator} />
      <div className="toolbar-row">
        {downloads.map((d) => (
          <button key={d.key} type="button" className="btn" disabled={d.disabled} onClick={d.save}>
            <FileSpreadsheet aria-hidden size={18} />
            {t(`report.export.csv.${d.key}`)}
          </button>
        ))}
        <button
          type="button"
          className="btn"
          onClick={() =>
            saveTextFile(
              file(fixed('report.export.crmFile'), 'md'),
              crmChecklist(doc, analysis, fixed, formats),
              'text/markdown',
            )
          }
        >
          <ListChecks aria-hidden size={18} />
          {t('report.export.crm')}
        </button>
      </div>
    </fieldset>
  );
}
