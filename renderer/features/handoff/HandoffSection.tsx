import { Tabs } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DefinitionsCard } from './DefinitionsCard';
import { FrameworkCard } from './FrameworkCard';
import { HandoffSwimlane } from './HandoffSwimlane';
import './handoff.css';
import { PaperTest } from './PaperTest';
import { ScoringDesigner } from './ScoringDesigner';
import { SlaCard } from './SlaCard';
import { SlaTermsTable } from './SlaTermsTable';

const VIEWS = ['agreement', 'qualification', 'scoring', 'swimlane'] as const;
type View = (typeof VIEWS)[number];

/**
 * The lead handoff in four parts: the SLA both teams sign up to, how a lead is
 * qualified and what each stage means, the scoring model with its paper test,
 * and the swimlane that draws it all.
 */
export function HandoffSection() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('agreement');
  return (
    <div className="handoff-section">
      <div className="section-toolbar">
        <h2>{t('handoff.title')}</h2>
      </div>
      <Tabs.Root
        value={view}
        onValueChange={(value) => setView(VIEWS.find((v) => v === value) ?? 'agreement')}
      >
        <Tabs.List className="tabs" aria-label={t('handoff.views')}>
          {VIEWS.map((v) => (
            <Tabs.Trigger key={v} className="tab" value={v}>
              {t(`handoff.tabs.${v}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="agreement" className="tab-panel handoff-panel">
          <SlaCard />
          <SlaTermsTable />
        </Tabs.Content>
        <Tabs.Content value="qualification" className="tab-panel handoff-columns">
          <FrameworkCard />
          <DefinitionsCard />
        </Tabs.Content>
        <Tabs.Content value="scoring" className="tab-panel handoff-panel">
          <ScoringDesigner />
          <PaperTest />
        </Tabs.Content>
        <Tabs.Content value="swimlane" className="tab-panel handoff-panel">
          <HandoffSwimlane />
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}
