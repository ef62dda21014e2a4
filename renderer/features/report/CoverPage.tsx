import { formatDate } from '../../ui/format';
import { useReport } from './report-context';

/** The first page: what the plan is, for whom, for when, and whether it is agreed yet. */
export function CoverPage() {
  const { doc, t, language, printedOn, agreed } = useReport();
  return (
    <section className="report-cover report-page">
      <p className="report-kicker">{t('report.kicker')}</p>
      <h1>{doc.name}</h1>
      {doc.client && <p className="report-client">{doc.client}</p>}
      <dl className="report-facts">
        <dt>{t('report.period')}</dt>
        <dd>
          {formatDate(doc.period.start, language)} – {formatDate(doc.period.end, language)}
        </dd>
        <dt>{t('report.printedOn')}</dt>
        <dd>{formatDate(printedOn, language)}</dd>
        <dt>{t('report.status')}</dt>
        <dd>
          {agreed
            ? t('report.agreed', { version: agreed.version, date: formatDate(agreed.on, language) })
            : t('report.draft')}
        </dd>
        <dt>{t('report.teams')}</dt>
        <dd>{doc.teams.map((team) => team.name).join(' · ')}</dd>
      </dl>
      {!agreed && <p className="report-draft-note">{t('report.draftNote')}</p>}
    </section>
  );
}
