import { useTranslation } from 'react-i18next';
import type { ActualsFigures } from '../../../shared/actuals/aggregate';
import type { ImportProfile } from '../../../shared/actuals/profile';
import { usePlanNumberFormats } from '../funnel/use-funnel';
import type { ReadResult } from './use-actuals-reader';

/**
 * What the file was read as: the CRM and kind of export, the encoding, the records and
 * repeated rows, the report footer left out, and its first rows, so the user sees the
 * columns and the accents came out right before anything is stored.
 */
export function ImportSummary({
  result,
  profile: shown,
  figures,
}: {
  result: ReadResult;
  profile: ImportProfile;
  figures: ActualsFigures | null;
}) {
  const { t } = useTranslation();
  const formats = usePlanNumberFormats();
  return (
    <>
      <p role="status">
        {t('review.import.recognised', {
          crm: t(`actuals.crm.${shown.crm}`),
          kind: t(`actuals.kind.${shown.kind}`),
          encoding: result.encoding ? t(`review.import.encoding.${result.encoding}`) : '',
        })}
        {figures && (
          <>
            {' · '}
            {t('review.import.records', {
              count: figures.records,
              number: formats.volume(figures.records),
            })}
            {figures.duplicates > 0 &&
              ` · ${t('review.import.duplicates', {
                count: figures.duplicates,
                number: formats.volume(figures.duplicates),
              })}`}
          </>
        )}
      </p>
      {result.footer.length > 0 && (
        <p className="muted">{t('review.import.footer', { lines: result.footer.join(' · ') })}</p>
      )}
      {result.encoding === 'windows-1252' && (
        <p className="notice">{t('review.import.checkAccents')}</p>
      )}
      <div
        className="import-preview"
        tabIndex={0}
        role="region"
        aria-label={t('review.import.firstRows')}
      >
        <table>
          <caption>{t('review.import.firstRows')}</caption>
          <thead>
            <tr>
              {result.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.firstRows.slice(0, 3).map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
