import { Tabs } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Presentation } from 'lucide-react';
import { Link } from 'wouter';
import { useAppStore } from '../../store/store-context';
import { AgendaPanel } from './AgendaPanel';
import { ApproversCard } from './ApproversCard';
import { AssessmentPanel } from './AssessmentPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { VersionsCard } from './VersionsCard';
import { RoomPanel } from '../room/RoomPanel';
import './workshop.css';

const VIEWS = ['agenda', 'assessment', 'room', 'decisions', 'signoff'] as const;
type View = (typeof VIEWS)[number];

/** Running the workshop: the alignment assessment, what the room decides and owes, and the sign-off. */
export function WorkshopSection() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('agenda');
  const planId = useAppStore((s) => s.current?.doc.id ?? null);
  return (
    <div className="workshop-section">
      <div className="section-toolbar">
        <h2>{t('workshop.title')}</h2>
        {planId && (
          <Link href={`/plans/${planId}/present/agenda`} className="btn btn-primary">
            <Presentation aria-hidden size={18} />
            {t('presenter.open')}
          </Link>
        )}
      </div>
      <Tabs.Root
        value={view}
        onValueChange={(value) => setView(VIEWS.find((v) => v === value) ?? 'agenda')}
      >
        <Tabs.List className="tabs" aria-label={t('workshop.views')}>
          {VIEWS.map((v) => (
            <Tabs.Trigger key={v} className="tab" value={v}>
              {t(`workshop.tabs.${v}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="agenda" className="tab-panel">
          <AgendaPanel />
        </Tabs.Content>
        <Tabs.Content value="assessment" className="tab-panel">
          <AssessmentPanel />
        </Tabs.Content>
        <Tabs.Content value="room" className="tab-panel">
          <RoomPanel />
        </Tabs.Content>
        <Tabs.Content value="decisions" className="tab-panel">
          <DecisionsPanel />
        </Tabs.Content>
        <Tabs.Content value="signoff" className="tab-panel decisions-layout">
          <ApproversCard />
          <VersionsCard />
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}
