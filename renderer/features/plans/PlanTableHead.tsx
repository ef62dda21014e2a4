import { useTranslation } from 'react-i18next';

/** The column headers shared by the plan list and the trash. */
export function PlanTableHead() {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t('library.columnName')}</th>
        <th scope="col">{t('library.columnClient')}</th>
        <th scope="col">{t('library.columnUpdated')}</th>
        <th scope="col" className="cell-actions">
          <span className="visually-hidden">{t('library.columnActions')}</span>
        </th>
      </tr>
    </thead>
  );
}
