import { Library, Plus } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { saveTextFile } from '../../app/download';
import { defaultSeparator, type CsvSeparator } from '../../app/csv';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { CsvExportMenu } from '../../ui/CsvExportMenu';
import { raciToCsv } from './raci-csv';

interface RaciToolbarProps {
  onOpenLibrary: () => void;
  onAddActivity: () => void;
}

/**
 * The matrix's title and actions: the library, a new activity, the CSV export (its
 * separator chosen from the export's menu). It reads the
 * matrix only when the export is clicked, so a letter typed in the grid does not draw it.
 */
export const RaciToolbar = memo(function RaciToolbar({
  onOpenLibrary,
  onAddActivity,
}: RaciToolbarProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const hasActivities = useAppStore((s) => (s.current?.doc.raci.activities.length ?? 0) > 0);
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');

  const exportCsv = (separator: CsvSeparator) => {
    const doc = store.getState().current?.doc;
    if (!doc) return;
    const roles = new Map(doc.raci.roles.map((r) => [r.id, r]));
    const teams = new Map(doc.teams.map((team) => [team.id, team]));
    const csv = raciToCsv(
      doc.raci,
      {
        phase: t('raci.phase'),
        activity: t('raci.activity'),
        phaseName: (p) => t(`raci.phases.${p}`),
        roleName: (id) =>
          `${roles.get(id)?.name ?? ''} (${teams.get(roles.get(id)?.teamId ?? '')?.name ?? ''})`,
      },
      separator,
    );
    saveTextFile(`${doc.name} – RACI.csv`, csv, 'text/csv');
  };

  return (
    <div className="section-toolbar" role="toolbar" aria-label={t('raci.toolbar')}>
      <h2>{t('raci.title')}</h2>
      <button type="button" className="btn btn-primary" onClick={onOpenLibrary}>
        <Library aria-hidden size={18} />
        {t('raci.library.open')}
      </button>
      <button type="button" className="btn" onClick={onAddActivity}>
        <Plus aria-hidden size={18} />
        {t('raci.addActivity')}
      </button>
      <CsvExportMenu
        label={t('raci.exportCsv')}
        disabled={!hasActivities}
        first={defaultSeparator(language)}
        onExport={exportCsv}
      />
    </div>
  );
});
