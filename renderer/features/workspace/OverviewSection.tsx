import { useTranslation } from 'react-i18next';
import { PeopleEditor } from './PeopleEditor';
import { PlanDetailsForm } from './PlanDetailsForm';
import { TeamsEditor } from './TeamsEditor';

export function OverviewSection() {
  const { t } = useTranslation();
  return (
    <div className="section-stack">
      <h2 className="visually-hidden">{t('workspace.overview')}</h2>
      <PlanDetailsForm />
      <TeamsEditor />
      <PeopleEditor />
    </div>
  );
}
