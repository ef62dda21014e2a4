import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { useReport } from './report-context';

/** Standard terms, in the order a lead meets them; a stage the plan defines uses its own words. */
const TERMS = ['mql', 'sal', 'sql', 'sla', 'raci', 'smart', 'fit', 'engagement', 'decay'] as const;
type Term = (typeof TERMS)[number];

/**
 * Whether the plan uses a standard term: a glossary that explains a SAL stage the funnel
 * does not have, or a score's decay the model does not apply, has the signers look for
 * them. MQL and SQL are always used (the SLA and the qualification speak of them).
 */
function usedIn(doc: PlanDoc, term: Term): boolean {
  const { criteria, decayPerMonth } = doc.handoff.scoring;
  switch (term) {
    case 'sal':
      return doc.funnel.stages.some((stage) => stage.name.trim().toUpperCase() === 'SAL');
    case 'fit':
    case 'engagement':
      return criteria.some((criterion) => criterion.dimension === term);
    case 'decay':
      return decayPerMonth > 0;
    default:
      return true;
  }
}

/**
 * The words the plan uses. Each funnel stage the teams defined is listed with
 * their definition; the standard terms follow, except where a stage of the
 * same name already gave the plan's own.
 */
export function GlossarySection() {
  const { doc, t } = useReport();
  const defined = doc.funnel.stages
    .map((s) => ({ term: s.name, text: doc.handoff.definitions[s.id]?.definition.trim() ?? '' }))
    .filter((entry) => entry.text !== '');
  const ownTerms = new Set(defined.map((d) => d.term.trim().toUpperCase()));
  const standard = TERMS.filter((key) => usedIn(doc, key))
    .map((key) => ({
      term: t(`report.glossary.term.${key}`),
      text: t(`report.glossary.text.${key}`),
    }))
    .filter((entry) => !ownTerms.has(entry.term.toUpperCase()));
  return (
    <section className="report-section" aria-labelledby="report-glossary">
      <h2 id="report-glossary">{t('report.sections.glossary')}</h2>
      <dl className="report-glossary">
        {[...defined, ...standard].map((entry) => (
          <div key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>{entry.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
