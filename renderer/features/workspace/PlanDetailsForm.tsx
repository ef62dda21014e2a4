import { ClientLogoField } from '../brand/ClientLogoField';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { LanguageSchema } from '../../../shared/domain/plan-doc';
import { useAppStore } from '../../store/store-context';
import { currencyName } from '../../ui/format';
import { SelectField } from '../../ui/SelectField';
import { DateField } from '../../ui/DateField';
import { formatDateInput } from '../../../shared/format/date-input';
import { validateName } from '../plans/validate-name';
import { BoundTextField } from './BoundTextField';
import { usePlanDispatch } from './use-plan-dispatch';
import { languageOf } from '../../../shared/i18n/languages';

/** Currencies offered first; any ISO code the plan already has is kept in the list. */
const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'MXN',
  'COP',
  'ARS',
  'CLP',
  'PEN',
  'BRL',
  'CAD',
  'AUD',
  'CHF',
  'JPY',
  'INR',
];

export function PlanDetailsForm() {
  const { t, i18n } = useTranslation();
  const name = useAppStore((s) => s.current?.doc.name ?? '');
  const client = useAppStore((s) => s.current?.doc.client ?? '');
  const start = useAppStore((s) => s.current?.doc.period.start ?? '');
  const end = useAppStore((s) => s.current?.doc.period.end ?? '');
  const currency = useAppStore((s) => s.current?.doc.currency ?? 'USD');
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');
  const dispatch = usePlanDispatch();
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];

  const shown = (iso: string) => formatDateInput(iso, languageOf(i18n.language));
  const setPeriod = (period: { start: string; end: string }) =>
    dispatch([{ type: 'plan.setMeta', patch: { period } }]);

  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('overview.details')}</h2>
      <p className="muted">{t('overview.detailsHelp')}</p>
      <div className="form-grid">
        <BoundTextField
          label={t('overview.name')}
          value={name}
          maxLength={120}
          validate={(draft) => validateName(draft, t)}
          commit={(draft) => dispatch([{ type: 'plan.rename', name: draft }])}
        />
        <BoundTextField
          label={t('overview.client')}
          value={client}
          maxLength={120}
          commit={(draft) => dispatch([{ type: 'plan.setMeta', patch: { client: draft } }])}
        />
        <DateField
          label={t('overview.periodStart')}
          value={start}
          check={(next) =>
            next && next > end ? t('refusals.date.startAfterEnd', { end: shown(end) }) : null
          }
          commit={(next) => (next ? setPeriod({ start: next, end }) : null)}
        />
        <DateField
          label={t('overview.periodEnd')}
          value={end}
          check={(next) =>
            next && next < start ? t('refusals.date.endBeforeStart', { start: shown(start) }) : null
          }
          commit={(next) => (next ? setPeriod({ start, end: next }) : null)}
        />
        <SelectField
          label={t('overview.currency')}
          value={currency}
          options={currencies.map((code) => ({
            value: code,
            label: `${code} — ${currencyName(code, i18n.language)}`,
          }))}
          onChange={(event) =>
            dispatch([{ type: 'plan.setMeta', patch: { currency: event.target.value } }])
          }
        />
        <SelectField
          label={t('overview.language')}
          help={t('overview.languageHelp')}
          value={language}
          options={LANGUAGES.map((code) => ({ value: code, label: t(`app.languages.${code}`) }))}
          onChange={(event) =>
            dispatch([
              {
                type: 'plan.setMeta',
                patch: { language: LanguageSchema.parse(event.target.value) },
              },
            ])
          }
        />
      </div>
      <ClientLogoField />
    </section>
  );
}
