import type { CSSProperties } from 'react';
import { formatDate } from '../../ui/format';
import { useBrand, useImageUrl } from '../brand/use-brand';
import { useReport } from './report-context';

/**
 * The first page: what the plan is, for whom, for when, and whether it is agreed yet; who
 * prepared it, when the consultant has set a brand, in the brand's legible accent.
 */
export function CoverPage() {
  const { doc, t, language, printedOn, agreed } = useReport();
  const brand = useBrand();
  const clientLogo = useImageUrl(doc.clientLogoId).url;
  const branded = brand.name.trim() !== '' || brand.logoUrl !== null;
  const accent = brand.accent ? ({ '--brand-accent': brand.accent } as CSSProperties) : undefined;
  return (
    <section className="report-cover report-page" style={accent}>
      {branded && (
        <div className="report-brand">
          {brand.logoUrl && (
            <img
              className="report-logo"
              src={brand.logoUrl}
              alt={t('report.brandLogo', { name: brand.name.trim() || t('report.brandUnnamed') })}
            />
          )}
          {brand.name.trim() && (
            <p className="report-prepared">{t('report.preparedBy', { name: brand.name.trim() })}</p>
          )}
        </div>
      )}
      <p className="report-kicker">{t('report.kicker')}</p>
      <h1>{doc.name}</h1>
      {clientLogo && (
        <img
          className="report-client-logo"
          src={clientLogo}
          alt={t('brand.clientLogoOf', { client: doc.client.trim() || t('brand.theClient') })}
        />
      )}
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
