import { ArrowLeft } from 'lucide-react';
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { Link } from 'wouter';
import { useAppStore } from '../../store/store-context';
import { AppHeader } from '../../ui/AppHeader';
import { formatDate } from '../../ui/format';
import { useErrorMessage } from '../../ui/use-error-message';
import { FunnelSection } from '../funnel/FunnelSection';
import { GoalsSection } from '../goals/GoalsSection';
import { HandoffSection } from '../handoff/HandoffSection';
import { WorkshopSection } from '../workshop/WorkshopSection';
import { RaciSection } from '../raci/RaciSection';
import { ReviewSection } from '../review/ReviewSection';
import { OverviewSection } from './OverviewSection';
import { SectionNav } from './SectionNav';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { WorkspaceToolbar } from './WorkspaceToolbar';

export function WorkspaceScreen({ planId, section }: { planId: string; section: string }) {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.workspaceStatus);
  const openPlan = useAppStore((s) => s.openPlan);
  const closePlan = useAppStore((s) => s.closePlan);
  const errorMessage = useErrorMessage();
  useUndoShortcuts();

  useEffect(() => {
    openPlan(planId).catch((error: unknown) => toast.error(errorMessage(error)));
    return closePlan;
  }, [planId, openPlan, closePlan, errorMessage]);

  // Another section opens at its top: kept, the scroll of a long "Plan and people" left the
  // funnel's map above the view.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [section]);

  return (
    <div className="screen">
      <AppHeader>
        <Link href="/" className="back-link">
          <ArrowLeft aria-hidden size={18} />
          {t('workspace.backToLibrary')}
        </Link>
      </AppHeader>
      {status === 'missing' ? (
        <main id="main" className="workspace-message" tabIndex={-1}>
          <p>{t('workspace.notFound')}</p>
          <Link href="/" className="btn btn-primary">
            {t('workspace.backToLibrary')}
          </Link>
        </main>
      ) : status !== 'ready' ? (
        <main id="main" className="workspace-message" tabIndex={-1} aria-busy="true">
          <p>{t('workspace.loading')}</p>
        </main>
      ) : (
        <div className="workspace">
          <PlanTitle />
          <SectionNav planId={planId} current={section} />
          <main id="main" className={`workspace-main section-${section}`} tabIndex={-1}>
            <SectionContent section={section} />
          </main>
        </div>
      )}
    </div>
  );
}

const SECTIONS: Record<string, () => ReactNode> = {
  overview: () => <OverviewSection />,
  funnel: () => <FunnelSection />,
  goals: () => <GoalsSection />,
  raci: () => <RaciSection />,
  handoff: () => <HandoffSection />,
  workshop: () => <WorkshopSection />,
  review: () => <ReviewSection />,
};

/** The open section; an unknown one in the address falls back to the plan overview. */
function SectionContent({ section }: { section: string }) {
  return (SECTIONS[section] ?? SECTIONS.overview)?.() ?? null;
}

/** Name, client, period, currency and language: always in view while the plan is edited. */
function PlanTitle() {
  const { t, i18n } = useTranslation();
  const name = useAppStore((s) => s.current?.doc.name ?? '');
  const client = useAppStore((s) => s.current?.doc.client ?? '');
  const period = useAppStore((s) => s.current?.doc.period);
  const currency = useAppStore((s) => s.current?.doc.currency ?? '');
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');
  return (
    <div className="plan-title">
      <div className="plan-title-text">
        <h1>{name}</h1>
        <dl className="plan-facts">
          <div>
            <dt className="visually-hidden">{t('overview.client')}</dt>
            <dd className={client ? undefined : 'muted'}>{client || t('workspace.noClient')}</dd>
          </div>
          {period && (
            <div>
              <dt className="visually-hidden">{t('overview.period')}</dt>
              <dd>
                {t('workspace.period', {
                  start: formatDate(period.start, i18n.language),
                  end: formatDate(period.end, i18n.language),
                })}
              </dd>
            </div>
          )}
          <div>
            <dt className="visually-hidden">{t('overview.currency')}</dt>
            <dd>{currency}</dd>
          </div>
          <div>
            <dt className="visually-hidden">{t('overview.language')}</dt>
            <dd>{t(`app.languages.${language}`)}</dd>
          </div>
        </dl>
      </div>
      <WorkspaceToolbar />
    </div>
  );
}
