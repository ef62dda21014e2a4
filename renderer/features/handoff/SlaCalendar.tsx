import { useTranslation } from 'react-i18next';
import type { BusinessCalendar } from '../../../shared/domain/business-calendar';
import { languageOf } from '../../../shared/i18n';
import { ClockField } from '../../ui/ClockField';
import { DateField } from '../../ui/DateField';
import { RemoveButton } from '../../ui/RemoveButton';
import { SelectField } from '../../ui/SelectField';
import { formatDate } from '../../ui/format';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

/** Monday 2 March 2026 and the six days after it: weekday names in the interface language. */
const A_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  date: new Date(Date.UTC(2026, 2, 1 + weekday)),
}));

/**
 * When sales can answer: the working days, opening hours, holidays and time zone the SLA's
 * first-response time is counted in, so a lead handed over on Friday evening is not late
 * by Monday morning.
 */
export function SlaCalendar({ calendar }: { calendar: BusinessCalendar }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const dispatch = usePlanDispatch();
  const set = (patch: Partial<Omit<BusinessCalendar, 'holidays'>>) =>
    dispatch([{ type: 'handoff.sla.calendar.set', patch }]);
  const weekdayName = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  const zones = Intl.supportedValuesOf('timeZone');
  if (!zones.includes(calendar.timeZone)) zones.unshift(calendar.timeZone);

  return (
    <fieldset className="sla-calendar">
      <legend className="field-label">{t('handoff.sla.calendar.heading')}</legend>
      <p className="muted">{t('handoff.sla.calendar.intro')}</p>
      <fieldset className="weekday-list">
        <legend className="visually-hidden">{t('handoff.sla.calendar.days')}</legend>
        {A_WEEK.map(({ weekday, date }) => (
          <label key={weekday} className="checkbox-field">
            <input
              type="checkbox"
              checked={calendar.workingDays.includes(weekday)}
              onChange={(event) => {
                const days = calendar.workingDays.filter((d) => d !== weekday);
                if (event.target.checked) days.push(weekday);
                // The last working day cannot go: a team with none could never answer.
                if (days.length === 0) return;
                set({ workingDays: days.sort((a, b) => a - b) });
              }}
            />
            {weekdayName.format(date)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <ClockField
          label={t('handoff.sla.calendar.opens')}
          value={calendar.opensAt}
          commit={(opensAt) =>
            opensAt >= calendar.closesAt
              ? t('handoff.sla.calendar.opensBeforeCloses', { closes: calendar.closesAt })
              : set({ opensAt })
          }
        />
        <ClockField
          label={t('handoff.sla.calendar.closes')}
          value={calendar.closesAt}
          commit={(closesAt) =>
            closesAt <= calendar.opensAt
              ? t('handoff.sla.calendar.closesAfterOpens', { opens: calendar.opensAt })
              : set({ closesAt })
          }
        />
        <SelectField
          label={t('handoff.sla.calendar.timeZone')}
          value={calendar.timeZone}
          options={zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
          onChange={(event) => set({ timeZone: event.target.value })}
        />
      </div>
      <div className="holidays">
        <DateField
          label={t('handoff.sla.calendar.addHoliday')}
          value={null}
          allowEmpty
          commit={(day) =>
            day === null ? null : dispatch([{ type: 'handoff.sla.holiday', day, holiday: true }])
          }
        />
        {calendar.holidays.length > 0 && (
          <ul className="holiday-list" aria-label={t('handoff.sla.calendar.holidays')}>
            {calendar.holidays.map((day) => (
              <li key={day}>
                {formatDate(day, language)}
                <RemoveButton
                  label={t('handoff.sla.calendar.removeHoliday', {
                    day: formatDate(day, language),
                  })}
                  onClick={() => dispatch([{ type: 'handoff.sla.holiday', day, holiday: false }])}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
