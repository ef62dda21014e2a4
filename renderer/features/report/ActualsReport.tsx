import { PlanVsActualTable } from '../review/PlanVsActualTable';
import { useReport } from './report-context';

/** Months the printed table holds across a portrait page. */
const PRINTED_MONTHS = 6;

/** Plan against actual on paper: the latest six imported months, as on screen. */
export function ActualsReport() {
  const { doc, analysis, t, language, formats } = useReport();
  return (
    <section className="report-section" aria-labelledby="report-actuals">
      <h2 id="report-actuals">{t('report.sections.actuals')}</h2>
      <PlanVsActualTable
        doc={doc}
        analysis={analysis}
        t={t}
        language={language}
        formats={formats}
        lastMonths={PRINTED_MONTHS}
      />
    </section>
  );
}
