import { useReport } from './report-context';

/** Standard terms, in the order a lead meets them; a stage the plan defines uses its own words. */
const TERMS = ['mql', 'sal', 'sql', 'sla', 'raci', 'smart', 'fit', 'engagement', 'decay'] as const;

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
  const standard = TERMS.map((key) => ({
    term: t(`report.glossary.term.${key}`),
    text: t(`report.glossary.text.${key}`),
  })).filter((entry) => !ownTerms.has(entry.term.toUpperCase()));
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
