import { useTranslation } from 'react-i18next';
import { formatDateInput } from '../../../shared/format/date-input';
import { languageOf } from '../../../shared/i18n/languages';
import { useAppStore } from '../../store/store-context';

/**
 * The plan's period as a check for a date field: a day outside it is refused with the
 * period written the way the language writes dates. Also the day a new entry starts on:
 * today, or the period's nearest end when today is outside it.
 */
export function usePeriodCheck() {
  const { t, i18n } = useTranslation();
  const period = useAppStore((s) => s.current?.doc.period);
  const shown = (iso: string) => formatDateInput(iso, languageOf(i18n.language));
  const outsidePeriod = (iso: string | null): string | null =>
    iso !== null && period && (iso < period.start || iso > period.end)
      ? t('refusals.date.outsidePeriod', { start: shown(period.start), end: shown(period.end) })
      : null;
  const withinPeriod = (iso: string): string =>
    !period ? iso : iso < period.start ? period.start : iso > period.end ? period.end : iso;
  return { outsidePeriod, withinPeriod, shown };
}
