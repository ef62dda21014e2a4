import { Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/**
 * The plan's sections. Only sections that work are listed: funnel, goals,
 * accountability, handoff and workshop join this list as they ship.
 */
export function SectionNav() {
  const { t } = useTranslation();
  return (
    <nav className="section-nav" aria-label={t('workspace.sections')}>
      <ul>
        <li>
          <a href="#main" className="section-link" aria-current="page">
            <Users aria-hidden size={18} />
            {t('workspace.overview')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
