import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSchema } from '../../../shared/domain/plan-doc';
import { PaperSizeSchema, ReportSectionSchema } from '../../../shared/domain/report';
import { useAppStore } from '../../store/store-context';
import { ReportView } from './ReportView';
import { useAgreedPlan } from '../review/use-agreed-plan';
import { useAgreedVersion } from './use-agreed-version';
import { localToday } from '../../../shared/format/date-input';
import { useBrand, useImageUrl } from '../brand/use-brand';

interface ReportScreenProps {
  planId: string;
  paper: string;
  language: string;
  sections: string;
}

/**
 * The report route (#/plans/:id/report/:paper/:language/:sections) that the
 * PDF printers load. Once the plan is drawn and the fonts are in, it marks
 * the document ready, which is what a printer waits for before printing.
 */
export function ReportScreen({ planId, paper, language, sections }: ReportScreenProps) {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.workspaceStatus);
  const doc = useAppStore((s) => (s.current?.doc.id === planId ? s.current.doc : null));
  const openPlan = useAppStore((s) => s.openPlan);
  const paperSize = PaperSizeSchema.catch('A4').parse(paper);
  const reportLanguage = LanguageSchema.catch('en').parse(language);
  const chosen = sections
    .split(',')
    .flatMap((s) =>
      ReportSectionSchema.safeParse(s).success ? [ReportSectionSchema.parse(s)] : [],
    );

  const revision = useAppStore((s) =>
    s.current?.doc.id === planId ? s.current.plan.revision : null,
  );
  const agreed = useAgreedVersion(planId, revision);
  // Plan against actual compares with the signed version: read only when there are actuals.
  const hasActuals = (doc?.actuals.imports.length ?? 0) > 0;
  const agreedPlan = useAgreedPlan(hasActuals ? planId : null, revision);
  // The brand's logo is read before the page says it is ready to print.
  const brand = useBrand();
  const clientLogo = useImageUrl(doc?.clientLogoId ?? null);
  const brandReady = brand.ready && clientLogo.ready;

  useEffect(() => {
    void openPlan(planId);
  }, [planId, openPlan]);

  useEffect(() => {
    if (!doc || agreed === undefined || agreedPlan === undefined || !brandReady) return;
    document.documentElement.dataset.paper = paperSize;
    // The PDF's title (what a reader's window and file properties show) is the plan's name.
    document.title = doc.name;
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.reportReady = 'true';
    });
  }, [doc, paperSize, agreed, agreedPlan, brandReady]);

  if (status === 'missing') return <p role="alert">{t('workspace.notFound')}</p>;
  if (!doc || agreed === undefined || agreedPlan === undefined) return null;
  return (
    <main id="main" className={`report-screen paper-${paperSize}`}>
      <ReportView
        doc={doc}
        language={reportLanguage}
        sections={chosen}
        printedOn={localToday(new Date())}
        agreed={agreed}
        agreedPlan={agreedPlan}
      />
    </main>
  );
}
