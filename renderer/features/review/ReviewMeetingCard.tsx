import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { carriedOverActions, monthsBetween } from '../../../shared/actuals/review-figures';
import type { ReviewMeeting } from '../../../shared/domain/actuals';
import { localToday } from '../../../shared/format/date-input';
import { languageOf } from '../../../shared/i18n/languages';
import { useAppStore } from '../../store/store-context';
import { DateField } from '../../ui/DateField';
import { RemoveButton } from '../../ui/RemoveButton';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { formatDate, formatMonth } from '../../ui/format';
import { ActionTable } from '../workshop/ActionTable';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { MeetingHandoff } from './MeetingHandoff';

/**
 * The recurring review: its date and months, the handoff as it ran, what was decided, who
 * does what, and what earlier reviews left open. One meeting is shown; the others are a
 * choice away.
 */
export function ReviewMeetingCard({
  meeting,
  onChoose,
}: {
  meeting: ReviewMeeting | null;
  onChoose: (meetingId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const dispatch = usePlanDispatch();
  const doc = useAppStore((s) => s.current?.doc);
  if (!doc) return null;
  const meetings = doc.actuals.reviews;

  const start = () => {
    const id = crypto.randomUUID();
    const months = doc.actuals.imports.flatMap((entry) => [entry.lastMonth]).sort();
    const today = localToday(new Date());
    // The latest month the CRM reported, or else the month before today's.
    const to = months.at(-1) ?? previousMonth(today.slice(0, 7));
    const span = { weekly: 1, monthly: 1, quarterly: 3 }[doc.handoff.sla.reviewCadence];
    let from = to;
    for (let i = 1; i < span; i++) from = previousMonth(from);
    // Pressed twice on one day with no new months: the meeting is already there.
    const same = meetings.find((m) => m.date === today && m.from === from && m.to === to);
    if (same) {
      onChoose(same.id);
      toast.info(t('review.meeting.alreadyThere'));
      return;
    }
    const refused = dispatch([
      {
        type: 'actuals.review.add',
        review: { id, date: today, from, to, typedFeedback: null, decisions: [], actions: [] },
      },
    ]);
    if (refused === null) onChoose(id);
  };

  return (
    <section className="card review-meeting" aria-labelledby="meeting-heading">
      <div className="section-toolbar">
        <h3 id="meeting-heading">{t('review.meeting.heading')}</h3>
        {meetings.length > 0 && meeting && (
          <SelectField
            label={t('review.meeting.choose')}
            hideLabel
            value={meeting.id}
            options={[...meetings].reverse().map((m) => ({
              value: m.id,
              label:
                m.from === m.to
                  ? t('review.meeting.optionMonth', {
                      date: formatDate(m.date, language),
                      month: formatMonth(m.from, language),
                    })
                  : t('review.meeting.option', {
                      date: formatDate(m.date, language),
                      from: formatMonth(m.from, language),
                      to: formatMonth(m.to, language),
                    }),
            }))}
            onChange={(event) => onChoose(event.target.value)}
          />
        )}
        <button type="button" className="btn" onClick={start}>
          <Plus aria-hidden size={18} />
          {t('review.meeting.start')}
        </button>
        {meeting && (
          <RemoveButton
            label={t('review.meeting.remove', { date: formatDate(meeting.date, language) })}
            onClick={() => dispatch([{ type: 'actuals.review.remove', reviewId: meeting.id }])}
          />
        )}
      </div>
      {!meeting ? (
        <p className="muted">{t('review.meeting.empty')}</p>
      ) : (
        <MeetingBody key={meeting.id} meeting={meeting} />
      )}
    </section>
  );
}

function MeetingBody({ meeting }: { meeting: ReviewMeeting }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const dispatch = usePlanDispatch();
  const doc = useAppStore((s) => s.current?.doc);
  if (!doc) return null;
  const set = (patch: Partial<Pick<ReviewMeeting, 'date' | 'from' | 'to'>>) =>
    dispatch([{ type: 'actuals.review.set', reviewId: meeting.id, patch }]);
  const monthOptions = reviewMonths(doc.period, doc.actuals.imports, meeting).map((month) => ({
    value: month,
    label: formatMonth(month, language),
  }));
  const carried = carriedOverActions(doc.actuals.reviews, meeting);

  return (
    <div className="meeting-body">
      <div className="form-grid">
        <DateField
          label={t('review.meeting.date')}
          value={meeting.date}
          commit={(date) => (date === null ? t('validation.required') : set({ date }))}
        />
        <SelectField
          label={t('review.meeting.from')}
          value={meeting.from}
          options={monthOptions}
          // A start after the end moves the end with it: the period is never upside down.
          onChange={(event) => {
            const from = event.target.value;
            set(from > meeting.to ? { from, to: from } : { from });
          }}
        />
        <SelectField
          label={t('review.meeting.to')}
          value={meeting.to}
          options={monthOptions}
          onChange={(event) => {
            const to = event.target.value;
            set(to < meeting.from ? { from: to, to } : { to });
          }}
        />
      </div>
      <MeetingHandoff meeting={meeting} />
      <Decisions meeting={meeting} />
      <section aria-labelledby="meeting-actions-heading">
        <h4 id="meeting-actions-heading">{t('review.meeting.actions')}</h4>
        {meeting.actions.length === 0 ? (
          <p className="muted">{t('review.meeting.noActions')}</p>
        ) : (
          <ActionTable
            actions={meeting.actions}
            labelledBy="meeting-actions-heading"
            update={(actionId, patch) =>
              dispatch([
                { type: 'actuals.review.action.update', reviewId: meeting.id, actionId, patch },
              ])
            }
            remove={(actionId) =>
              dispatch([{ type: 'actuals.review.action.remove', reviewId: meeting.id, actionId }])
            }
          />
        )}
        <AddLine
          label={t('review.meeting.newAction')}
          button={t('review.meeting.addAction')}
          maxLength={300}
          add={(text) =>
            dispatch([
              {
                type: 'actuals.review.action.add',
                reviewId: meeting.id,
                action: { id: crypto.randomUUID(), text, ownerId: null, due: null, status: 'open' },
              },
            ])
          }
        />
      </section>
      <section aria-labelledby="carried-heading">
        <h4 id="carried-heading">{t('review.meeting.carried')}</h4>
        {carried.length === 0 ? (
          <p className="muted">{t('review.meeting.nothingCarried')}</p>
        ) : (
          <ActionTable
            actions={carried.map(({ action }) => action)}
            labelledBy="carried-heading"
            origin={(action) => {
              const from = carried.find((c) => c.action.id === action.id)?.review;
              return from
                ? t('review.meeting.carriedFrom', { date: formatDate(from.date, language) })
                : null;
            }}
            update={(actionId, patch) => {
              const from = carried.find((c) => c.action.id === actionId)?.review;
              return from
                ? dispatch([
                    { type: 'actuals.review.action.update', reviewId: from.id, actionId, patch },
                  ])
                : null;
            }}
          />
        )}
      </section>
    </div>
  );
}

function Decisions({ meeting }: { meeting: ReviewMeeting }) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  return (
    <section aria-labelledby="meeting-decisions-heading">
      <h4 id="meeting-decisions-heading">{t('review.meeting.decisions')}</h4>
      {meeting.decisions.length === 0 ? (
        <p className="muted">{t('review.meeting.noDecisions')}</p>
      ) : (
        <ol className="decision-list">
          {meeting.decisions.map((decision) => (
            <li key={decision.id}>
              <span>{decision.text}</span>
              <RemoveButton
                label={t('review.meeting.removeDecision', { text: decision.text })}
                onClick={() =>
                  dispatch([
                    {
                      type: 'actuals.review.decision.remove',
                      reviewId: meeting.id,
                      decisionId: decision.id,
                    },
                  ])
                }
              />
            </li>
          ))}
        </ol>
      )}
      <AddLine
        label={t('review.meeting.newDecision')}
        button={t('review.meeting.addDecision')}
        maxLength={500}
        add={(text) =>
          dispatch([
            {
              type: 'actuals.review.decision.add',
              reviewId: meeting.id,
              decision: { id: crypto.randomUUID(), text },
            },
          ])
        }
      />
    </section>
  );
}

/** One line of text and a button: the text is kept until the plan has taken it. */
function AddLine({
  label,
  button,
  maxLength,
  add,
}: {
  label: string;
  button: string;
  maxLength: number;
  add: (text: string) => string | null;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError(t('validation.required'));
    const refused = add(text.trim());
    setError(refused);
    if (refused === null) setText('');
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <TextField
        label={label}
        value={text}
        error={error}
        maxLength={maxLength}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="btn">
        <Plus aria-hidden size={18} />
        {button}
      </button>
    </form>
  );
}

function previousMonth(month: string): string {
  const [year = 1970, index = 1] = month.split('-').map(Number);
  return index === 1 ? `${year - 1}-12` : `${year}-${String(index - 1).padStart(2, '0')}`;
}

/** The months a review can look at: the plan's period, the imports', and its own. */
function reviewMonths(
  period: { start: string; end: string },
  imports: ReadonlyArray<{ firstMonth: string; lastMonth: string }>,
  meeting: ReviewMeeting,
): string[] {
  const months = new Set(monthsBetween(period.start.slice(0, 7), period.end.slice(0, 7)));
  for (const entry of imports) {
    for (const month of monthsBetween(entry.firstMonth, entry.lastMonth)) months.add(month);
  }
  months.add(meeting.from);
  months.add(meeting.to);
  return [...months].sort();
}
