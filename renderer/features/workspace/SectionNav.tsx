import {
  ArrowRightLeft,
  Filter,
  Grid3x3,
  LineChart,
  Presentation,
  Target,
  Users,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The plan's sections, in the order a workshop usually takes them. */
export function SectionNav({ planId, current }: { planId: string; current: string }) {
  const { t } = useTranslation();
  const sections: Array<{ id: string; href: string; label: string; icon: ReactNode }> = [
    {
      id: 'overview',
      href: `/plans/${planId}`,
      label: t('workspace.overview'),
      icon: <Users aria-hidden size={18} />,
    },
    {
      id: 'funnel',
      href: `/plans/${planId}/funnel`,
      label: t('workspace.funnel'),
      icon: <Filter aria-hidden size={18} />,
    },
    {
      id: 'goals',
      href: `/plans/${planId}/goals`,
      label: t('workspace.goals'),
      icon: <Target aria-hidden size={18} />,
    },
    {
      id: 'raci',
      href: `/plans/${planId}/raci`,
      label: t('workspace.raci'),
      icon: <Grid3x3 aria-hidden size={18} />,
    },
    {
      id: 'handoff',
      href: `/plans/${planId}/handoff`,
      label: t('workspace.handoff'),
      icon: <ArrowRightLeft aria-hidden size={18} />,
    },
    {
      id: 'workshop',
      href: `/plans/${planId}/workshop`,
      label: t('workspace.workshop'),
      icon: <Presentation aria-hidden size={18} />,
    },
    {
      id: 'review',
      href: `/plans/${planId}/review`,
      label: t('workspace.review'),
      icon: <LineChart aria-hidden size={18} />,
    },
  ];
  return (
    <nav className="section-nav" aria-label={t('workspace.sections')}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <Link
              href={section.href}
              className="section-link"
              aria-current={current === section.id ? 'page' : undefined}
            >
              {section.icon}
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
