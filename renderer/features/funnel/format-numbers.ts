import type { Language } from '../../../shared/domain/plan-doc';

/**
 * Numbers in the plan's language: "2,667" / "2.667", "€20,000" / "20.000 €",
 * "15%" / "15 %". Null (not computable) is shown as an en dash, never as NaN.
 */
export function numberFormats(language: Language, currency: string) {
  const locale = language === 'es' ? 'es-ES' : 'en-US';
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'always' });
  const decimal = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    useGrouping: 'always',
  });
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    useGrouping: 'always',
  });
  const moneyWithCents = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: 'always',
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const show =
    (format: Intl.NumberFormat) =>
    (value: number | null | undefined): string =>
      value === null || value === undefined || !Number.isFinite(value) ? '–' : format.format(value);
  return {
    /** The locale the figures are written in, for what is said around them (weekdays). */
    locale,
    volume: show(whole),
    decimal: show(decimal),
    /** A worked-out sum of money, to the whole unit: "€1,200,000". */
    money: show(money),
    /**
     * An amount of money someone typed, as typed: its cents when it has any ("1.200.000,50
     * €"), none when whole. Rounded to the unit it printed 1.200.001 €, a figure nobody
     * agreed to, in the signed plan's summary.
     */
    amount: (value: number | null | undefined) =>
      value !== null && value !== undefined && Number.isFinite(value)
        ? Number.isInteger(Math.round(value * 100) / 100)
          ? money.format(value)
          : moneyWithCents.format(value)
        : '–',
    percent: show(percent),
    /** A signed difference: "+333" / "−50". */
    signed: (value: number | null | undefined) =>
      value === null || value === undefined || !Number.isFinite(value)
        ? '–'
        : `${value > 0 ? '+' : value < 0 ? '−' : ''}${whole.format(Math.abs(value))}`,
  };
}

export type NumberFormats = ReturnType<typeof numberFormats>;
