import { useTranslation } from 'react-i18next';
import { DefinitionsCard } from './DefinitionsCard';
import { FrameworkCard } from './FrameworkCard';
import './handoff.css';
import { SlaCard } from './SlaCard';

/** The lead handoff: the SLA both teams sign up to, the SQL framework, and what each stage means. */
export function HandoffSection() {
  const { t } = useTranslation();
  return (
    <div className="handoff-section">
      <div className="section-toolbar">
        <h2>{t('handoff.title')}</h2>
      </div>
      <SlaCard />
      <div className="handoff-columns">
        <FrameworkCard />
        <DefinitionsCard />
      </div>
    </div>
  );
}
