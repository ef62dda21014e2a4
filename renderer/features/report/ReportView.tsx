import i18next from 'i18next';
import { useMemo } from 'react';
import { analyzeFunnel } from '../../../shared/domain/funnel-math';
import type { Language, PlanDoc } from '../../../shared/domain/plan-doc';
import { sectionsWithContent, type ReportSection } from '../../../shared/domain/report';
import { numberFormats } from '../funnel/format-numbers';
import { ActualsReport } from './ActualsReport';
import { AssessmentReport } from './AssessmentReport';
import { CoverPage } from './CoverPage';
import { DecisionsReport } from './DecisionsReport';
import { FunnelReport } from './FunnelReport';
import { GlossarySection } from './GlossarySection';
import { GoalsReport } from './GoalsReport';
import { HandoffReport } from './HandoffReport';
import { RaciReport } from './RaciReport';
import { ReportContext, type ReportData } from './report-context';
import './report.css';
import { SignOffPage } from './SignOffPage';
import { SlaReport } from './SlaReport';
import { SummarySection } from './SummarySection';

const SECTION_VIEWS: Record<ReportSection, () => React.JSX.Element> = {
  summary: SummarySection,
  funnel: FunnelReport,
  goals: GoalsReport,
  raci: RaciReport,
  handoff: HandoffReport,
  sla: SlaReport,
  decisions: DecisionsReport,
  assessment: AssessmentReport,
  actuals: ActualsReport,
  signoff: SignOffPage,
  glossary: GlossarySection,
};

interface ReportViewProps {
  doc: PlanDoc;
  language: Language;
  sections: readonly ReportSection[];
  printedOn: string;
  agreed?: ReportData['agreed'];
  agreedPlan?: ReportData['agreedPlan'];
}

/**
 * The agreed plan as people read it on paper: the cover, then the chosen
 * sections that have content, in the report's own language (which may differ
 * from the interface's). The printers print it; the export dialog previews it.
 */
export function ReportView({
  doc,
  language,
  sections,
  printedOn,
  agreed = null,
  agreedPlan = null,
}: ReportViewProps) {
  const report = useMemo<ReportData>(
    () => ({
      doc,
      analysis: analyzeFunnel(doc.funnel),
      t: i18next.getFixedT(language),
      language,
      formats: numberFormats(language, doc.currency),
      printedOn,
      agreed,
      agreedPlan,
    }),
    [doc, language, printedOn, agreed, agreedPlan],
  );
  const shown = sectionsWithContent(doc).filter((s) => sections.includes(s));
  return (
    <ReportContext.Provider value={report}>
      <div className="report" lang={language}>
        <CoverPage />
        {shown.map((section) => {
          const View = SECTION_VIEWS[section];
          return <View key={section} />;
        })}
      </div>
    </ReportContext.Provider>
  );
}
