import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_PATTERNS, parseDateInput } from '../../../shared/format/date-input';
import type { BusinessCalendar } from '../../../shared/domain/business-calendar';
import { languageOf } from '../../../shared/i18n/languages';
import { ClockField } from '../../ui/ClockField';
import { describeDateRefusal } from '../../ui/DateField';
import { TextField } from '../../ui/TextField';
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
        <HolidayField
          label={t('handoff.sla.calendar.addHoliday')}
          button={t('handoff.sla.calendar.add')}
          known={calendar.holidays}
          add={(day) => dispatch([{ type: 'handoff.sla.holiday', day, holiday: true }])}
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

/**
 * A day typed the way the language writes dates, added with Enter or the button; a day
 * already on the list is said to be there, not added twice in silence.
 */
function HolidayField({
  label,
  button,
  known,
  add,
}: {
  label: string;
  button: string;
  known: readonly string[];
  add: (day: string) => string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDateInput(text, language, { allowEmpty: false });
    if (!parsed.ok) return setError(describeDateRefusal(parsed.refusal, t, language));
    if (parsed.value === null) return setError(t('refusals.date.required'));
    if (known.includes(parsed.value)) {
      return setError(
        t('handoff.sla.calendar.already', { day: formatDate(parsed.value, language) }),
      );
    }
    const refused = add(parsed.value);
    setError(refused);
    if (refused === null) setText('');
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <TextField
        label={label}
        value={text}
        error={error}
        inputMode="numeric"
        autoComplete="off"
        placeholder={DATE_PATTERNS[language]}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setText('');
            setError(null);
          }
        }}
      />
      <button type="submit" className="btn">
        <Plus aria-hidden size={18} />
        {button}
      </button>
    </form>
  );
}
