import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../../ui/RemoveButton';
import { ConfidenceSchema, type Confidence, type Goal } from '../../../shared/domain/goals';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { DateField } from '../../ui/DateField';
import { TextField } from '../../ui/TextField';
import { localToday } from '../../../shared/format/date-input';
import { usePlanNumberFormats } from '../funnel/use-funnel';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { ProgressChart } from './ProgressChart';
import { usePeriodCheck } from './use-period-check';
import { formatDate } from '../../ui/format';

/** Check-ins: the value on a date, how confident the owners are, a note; and the chart of them. */
export function CheckIns({ goal }: { goal: Goal }) {
  const { t, i18n } = useTranslation();
  const dispatch = usePlanDispatch();
  const formats = usePlanNumberFormats();
  const { outsidePeriod, withinPeriod } = usePeriodCheck();
  // Today, or the period's nearest end: a check-in is a measurement within the plan.
  const [date, setDate] = useState(() => withinPeriod(localToday(new Date())));
  const [value, setValue] = useState<number | null>(null);
  // Enter in the value field stores its draft and submits the form in one keystroke: the
  // submit reads what was just stored from here, not from the render before it.
  // Every change of the two goes through their commits below, which keep this in step.
  const latest = useRef({ date, value });
  const [confidence, setConfidence] = useState<Confidence>('medium');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A field still showing a refusal (a date not yet whole) is fixed first: nothing is
    // added with the value it showed before.
    const refused = event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (refused) return refused.focus();
    const { date, value } = latest.current;
    if (value === null) return setError(t('refusals.number.required'));
    const refusal = dispatch([
      {
        type: 'goal.checkIn.add',
        goalId: goal.id,
        checkIn: { id: crypto.randomUUID(), date, value, confidence, note: note.trim() },
      },
    ]);
    if (!refusal) {
      latest.current.value = null;
      setValue(null);
      setNote('');
      setError(null);
    }
  };

  return (
    <section className="check-ins" aria-labelledby={`checkins-${goal.id}`}>
      <h4 id={`checkins-${goal.id}`}>{t('goals.checkIns.heading')}</h4>
      {goal.checkIns.length > 0 && <ProgressChart goal={goal} formats={formats} />}
      <form className="inline-form" onSubmit={add} noValidate>
        <DateField
          label={t('goals.checkIns.date')}
          value={date}
          check={outsidePeriod}
          commit={(next) => {
            if (next) latest.current.date = next;
            if (next) setDate(next);
            return null;
          }}
        />
        <NumberField
          key={goal.checkIns.length}
          label={t('goals.checkIns.value')}
          value={value}
          money={goal.metric?.kind === 'revenue'}
          allowEmpty
          min={-1e13}
          max={1e13}
          commit={(next) => {
            latest.current.value = next;
            setValue(next);
            return null;
          }}
        />
        <SelectField
          label={t('goals.checkIns.confidence')}
          value={confidence}
          options={ConfidenceSchema.options.map((c) => ({
            value: c,
            label: t(`goals.confidence.${c}`),
          }))}
          onChange={(e) => setConfidence(ConfidenceSchema.parse(e.target.value))}
        />
        <TextField
          label={t('goals.checkIns.note')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="btn">
          {t('goals.checkIns.add')}
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {goal.checkIns.length === 0 ? (
        <p className="muted">{t('goals.checkIns.empty')}</p>
      ) : (
        <ul className="check-in-list">
          {[...goal.checkIns].reverse().map((c) => (
            <li key={c.id}>
              <time dateTime={c.date}>
                {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
                  new Date(`${c.date}T00:00:00`),
                )}
              </time>
              <strong>{formats.decimal(c.value)}</strong>
              <span className={`confidence confidence-${c.confidence}`}>
                {t(`goals.confidence.${c.confidence}`)}
              </span>
              {c.note && <span className="muted">{c.note}</span>}
              <RemoveButton
                label={t('goals.checkIns.remove', { date: formatDate(c.date, i18n.language) })}
                onClick={() =>
                  dispatch([{ type: 'goal.checkIn.remove', goalId: goal.id, checkInId: c.id }])
                }
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
