import { RefreshCw, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { requiredForGoal } from '../../../shared/domain/goal-metrics';
import { goalColumn, isSharedGoal, suggestStatus } from '../../../shared/domain/goal-progress';
import { GoalStatusSchema, type Goal } from '../../../shared/domain/goals';
import { useAppStore } from '../../store/store-context';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { DateField } from '../../ui/DateField';
import { useFunnelAnalysis, usePlanNumberFormats } from '../funnel/use-funnel';
import { BoundTextField } from '../workspace/BoundTextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { CheckIns } from './CheckIns';
import { MetricPicker } from './MetricPicker';
import { OwnerPicker } from './OwnerPicker';
import { SmartBadges, SmartDetails } from './SmartBadges';
import { useSmart, useTeamOfPerson } from './use-goals';
import { usePeriodCheck } from './use-period-check';

/** One goal, edited field by field; the SMART verdicts follow every keystroke. */
export function GoalEditor({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const selectGoal = useAppStore((s) => s.selectGoal);
  const findings = useSmart(goal);
  const formats = usePlanNumberFormats();
  const analysis = useFunnelAnalysis();
  const teamOfPerson = useTeamOfPerson();
  const update = (patch: Partial<Omit<Goal, 'id' | 'checkIns'>>) =>
    dispatch([{ type: 'goal.update', goalId: goal.id, patch }]);
  const doc = useAppStore((s) => s.current?.doc);
  const required = doc ? requiredForGoal(goal, doc, analysis) : null;
  const drifted = goal.linkedTarget !== null && required !== null && required !== goal.linkedTarget;
  const suggested = suggestStatus(goal);
  const { outsidePeriod, shown } = usePeriodCheck();

  return (
    <section className="goal-editor card" aria-labelledby="goal-editor-heading">
      <div className="goal-editor-head">
        <h3 id="goal-editor-heading">{goal.title}</h3>
        <OwnershipTag goal={goal} teamOfPerson={teamOfPerson} />
      </div>
      <SmartBadges findings={findings} />
      <SmartDetails findings={findings} formats={formats} />
      {drifted && (
        <div className="drift" role="status">
          <p>
            {t('goals.drift', {
              required: formats.volume(required),
              target: formats.volume(goal.target),
            })}
          </p>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => update({ target: required, linkedTarget: required })}
          >
            <RefreshCw aria-hidden size={16} />
            {t('goals.updateTarget')}
          </button>
        </div>
      )}
      <div className="form-grid">
        <BoundTextField
          label={t('goals.fields.title')}
          value={goal.title}
          maxLength={120}
          validate={(draft) => (draft.trim() ? null : t('validation.required'))}
          commit={(title) => update({ title })}
        />
        <SelectField
          label={t('goals.fields.status')}
          value={goal.status}
          help={
            suggested
              ? t('goals.suggestedStatus', { status: t(`goals.status.${suggested}`) })
              : undefined
          }
          options={GoalStatusSchema.options.map((s) => ({
            value: s,
            label: t(`goals.status.${s}`),
          }))}
          onChange={(event) => update({ status: GoalStatusSchema.parse(event.target.value) })}
        />
      </div>
      <BoundTextField
        label={t('goals.fields.statement')}
        help={t('goals.fields.statementHelp')}
        multiline
        value={goal.statement}
        maxLength={1000}
        commit={(statement) => update({ statement })}
      />
      <MetricPicker goal={goal} onChange={(metric) => update({ metric, linkedTarget: null })} />
      <div className="form-grid">
        <NumberField
          label={t('goals.fields.baseline')}
          value={goal.baseline}
          money={goal.metric?.kind === 'revenue'}
          allowEmpty
          min={-1e13}
          max={1e13}
          commit={(baseline) => update({ baseline })}
        />
        <NumberField
          label={t('goals.fields.target')}
          value={goal.target}
          money={goal.metric?.kind === 'revenue'}
          allowEmpty
          min={-1e13}
          max={1e13}
          commit={(target) => update({ target })}
        />
        <DateField
          label={t('goals.fields.start')}
          value={goal.start}
          allowEmpty
          check={(start) =>
            start === null
              ? null
              : goal.deadline !== null && start > goal.deadline
                ? t('refusals.date.startAfterDeadline', { deadline: shown(goal.deadline) })
                : outsidePeriod(start)
          }
          commit={(start) => update({ start })}
        />
        <DateField
          label={t('goals.fields.deadline')}
          value={goal.deadline}
          allowEmpty
          check={(deadline) =>
            deadline === null
              ? null
              : goal.start !== null && deadline < goal.start
                ? t('refusals.date.deadlineBeforeStart', { start: shown(goal.start) })
                : outsidePeriod(deadline)
          }
          commit={(deadline) => update({ deadline })}
        />
      </div>
      <OwnerPicker goal={goal} onChange={(ownerIds) => update({ ownerIds })} />
      <BoundTextField
        label={t('goals.fields.achievable')}
        multiline
        value={goal.achievable}
        maxLength={1000}
        commit={(achievable) => update({ achievable })}
      />
      <BoundTextField
        label={t('goals.fields.relevantTo')}
        help={t('goals.fields.relevantToHelp')}
        value={goal.relevantTo}
        maxLength={300}
        commit={(relevantTo) => update({ relevantTo })}
      />
      <CheckIns goal={goal} />
      <button
        type="button"
        className="btn btn-danger-quiet"
        onClick={() => {
          if (!dispatch([{ type: 'goal.remove', goalId: goal.id }])) selectGoal(null);
        }}
      >
        <Trash2 aria-hidden size={18} />
        {t('goals.remove')}
      </button>
    </section>
  );
}

/**
 * Who the goal belongs to, as the board shows it: the board puts a goal with no owner from
 * marketing or sales in its middle column, so the tag says it has none yet rather than
 * calling it single-team.
 */
function OwnershipTag({
  goal,
  teamOfPerson,
}: {
  goal: Goal;
  teamOfPerson: ReadonlyMap<string, 'marketing' | 'sales' | 'other'>;
}) {
  const { t } = useTranslation();
  const [kind, text] = isSharedGoal(goal, teamOfPerson)
    ? ['tag-shared', t('goals.shared')]
    : goalColumn(goal, teamOfPerson) === 'shared'
      ? ['tag-unowned', t('goals.noTeamOwner')]
      : ['tag-single', t('goals.singleTeam')];
  return <span className={`tag ${kind}`}>{text}</span>;
}
