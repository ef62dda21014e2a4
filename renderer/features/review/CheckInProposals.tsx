import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { proposeCheckIns } from '../../../shared/actuals/check-in-proposals';
import { useAppStore } from '../../store/store-context';
import { formatMonth } from '../../ui/format';
import { usePlanNumberFormats } from '../funnel/use-funnel';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

/**
 * Check-ins the imported actuals suggest for goals measured on the funnel, each added
 * with one click and never written silently.
 */
export function CheckInProposals() {
  const { t, i18n } = useTranslation();
  const dispatch = usePlanDispatch();
  const doc = useAppStore((s) => s.current?.doc);
  const formats = usePlanNumberFormats();
  const proposals = useMemo(
    () => (doc ? proposeCheckIns(doc.goals.goals, doc.actuals, doc.funnel) : []),
    [doc],
  );
  if (!doc || proposals.length === 0) return null;
  const titleOf = new Map(doc.goals.goals.map((goal) => [goal.id, goal.title]));
  const metricOf = new Map(doc.goals.goals.map((goal) => [goal.id, goal.metric?.kind]));
  /** The figure with its unit: a rate goal is kept in percentage points, as it is typed. */
  const shown = (goalId: string, value: number) => {
    const kind = metricOf.get(goalId);
    if (kind === 'conversion') return formats.percent(value / 100);
    if (kind === 'revenue') return formats.amount(value);
    return formats.decimal(value);
  };

  return (
    <section className="card" aria-labelledby="proposals-heading">
      <h3 id="proposals-heading">{t('review.proposals.heading')}</h3>
      <p className="muted">{t('review.proposals.intro')}</p>
      <ul className="import-list">
        {proposals.map((proposal) => {
          const goal = titleOf.get(proposal.goalId) ?? '';
          const span = {
            from: formatMonth(proposal.fromMonth, i18n.language),
            to: formatMonth(proposal.toMonth, i18n.language),
          };
          return (
            <li key={proposal.goalId}>
              <span>
                {t('review.proposals.row', {
                  goal,
                  value: shown(proposal.goalId, proposal.value),
                  ...span,
                })}
              </span>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  const refused = dispatch([
                    {
                      type: 'goal.checkIn.add',
                      goalId: proposal.goalId,
                      checkIn: {
                        id: crypto.randomUUID(),
                        date: proposal.date,
                        value: proposal.value,
                        confidence: 'medium',
                        note: t('review.proposals.note', span),
                      },
                    },
                  ]);
                  // The proposal leaves the list; say where the check-in went.
                  if (refused === null) toast.success(t('review.proposals.added', { goal }));
                }}
              >
                {t('review.proposals.accept', { goal })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
