import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  CriterionOperatorSchema,
  type ScoringCriterion,
  type ScoringModel,
} from '../../../shared/domain/handoff';
import { useAppStore } from '../../store/store-context';
import { describeNumberRefusal, NumberField } from '../../ui/NumberField';
import { parseNumberInput } from '../../../shared/format/number-input';
import { RemoveButton } from '../../ui/RemoveButton';
import { SelectField } from '../../ui/SelectField';
import { BoundTextField } from '../workspace/BoundTextField';
import { shownCriterionValue } from './criterion-value';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { languageOf } from '../../../shared/i18n/languages';

type Dimension = ScoringCriterion['dimension'];

/**
 * The lead-scoring model: fit criteria (who the lead is) and engagement
 * criteria (what they did), each worth points, engagement decaying with
 * inactivity, and the rule that makes a lead an MQL.
 */
export function ScoringDesigner() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const model = useAppStore((s) => s.current?.doc.handoff.scoring);
  if (!model) return null;
  const set = (patch: Partial<Omit<ScoringModel, 'criteria'>>) =>
    dispatch([{ type: 'handoff.scoring.set', patch }]);
  const rule = model.rule;
  const threshold = (label: string, value: number, commit: (n: number) => string | null) => (
    <NumberField
      label={label}
      value={value}
      min={0}
      max={1000}
      commit={(n) => (n === null ? t('handoff.scoring.pointsNumber') : commit(n))}
    />
  );

  return (
    <section className="card" aria-labelledby="scoring-heading">
      <h3 id="scoring-heading">{t('handoff.scoring.heading')}</h3>
      <div className="form-grid scoring-rule">
        <SelectField
          label={t('handoff.scoring.rule')}
          value={model.rule.kind}
          options={[
            { value: 'total', label: t('handoff.scoring.ruleTotal') },
            { value: 'both', label: t('handoff.scoring.ruleBoth') },
          ]}
          onChange={(e) =>
            set({
              rule:
                e.target.value === 'both'
                  ? { kind: 'both', fitThreshold: 30, engagementThreshold: 30 }
                  : { kind: 'total', threshold: 60 },
            })
          }
        />
        {rule.kind === 'total' ? (
          threshold(t('handoff.scoring.threshold'), rule.threshold, (n) =>
            set({ rule: { kind: 'total', threshold: n } }),
          )
        ) : (
          <>
            {threshold(t('handoff.scoring.fitThreshold'), rule.fitThreshold, (n) =>
              set({ rule: { ...rule, fitThreshold: n } }),
            )}
            {threshold(t('handoff.scoring.engagementThreshold'), rule.engagementThreshold, (n) =>
              set({ rule: { ...rule, engagementThreshold: n } }),
            )}
          </>
        )}
        <NumberField
          label={t('handoff.scoring.decay')}
          help={t('handoff.scoring.decayHelp')}
          value={model.decayPerMonth}
          min={0}
          max={100}
          commit={(n) =>
            n === null ? t('handoff.scoring.pointsNumber') : set({ decayPerMonth: n })
          }
        />
      </div>
      <CriteriaTable dimension="fit" criteria={model.criteria} />
      <CriteriaTable dimension="engagement" criteria={model.criteria} />
    </section>
  );
}

function CriteriaTable({
  dimension,
  criteria,
}: {
  dimension: Dimension;
  criteria: readonly ScoringCriterion[];
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const dispatch = usePlanDispatch();
  const rows = criteria.filter((c) => c.dimension === dimension);
  const update = (criterionId: string, patch: Partial<Omit<ScoringCriterion, 'id'>>) =>
    dispatch([{ type: 'handoff.criterion.update', criterionId, patch }]);
  const captionId = `criteria-${dimension}`;

  return (
    <div className="criteria">
      <h4 id={captionId}>{t(`handoff.scoring.dimension.${dimension}`)}</h4>
      {rows.length === 0 ? (
        <p className="muted">{t(`handoff.scoring.noCriteria.${dimension}`)}</p>
      ) : (
        <table className="data-table criteria-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('handoff.scoring.criterion')}</th>
              <th scope="col">{t('handoff.scoring.field')}</th>
              <th scope="col">{t('handoff.scoring.operator')}</th>
              <th scope="col">{t('handoff.scoring.value')}</th>
              <th scope="col" className="num">
                {t('handoff.scoring.points')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('handoff.scoring.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c, index) => {
              const n = index + 1;
              const of = (what: string) =>
                t('handoff.scoring.cellLabel', {
                  what,
                  n,
                  dimension: t(`handoff.scoring.dimensionShort.${dimension}`),
                });
              return (
                <tr key={c.id}>
                  <td>
                    <BoundTextField
                      label={of(t('handoff.scoring.name'))}
                      hideLabel
                      value={c.name}
                      maxLength={80}
                      validate={(draft) => (draft.trim() ? null : t('validation.required'))}
                      commit={(name) => update(c.id, { name })}
                    />
                  </td>
                  <td>
                    <BoundTextField
                      label={of(t('handoff.scoring.field'))}
                      hideLabel
                      value={c.field}
                      maxLength={60}
                      validate={(draft) => (draft.trim() ? null : t('validation.required'))}
                      commit={(field) => update(c.id, { field: field.trim() })}
                    />
                  </td>
                  <td>
                    <SelectField
                      label={of(t('handoff.scoring.operator'))}
                      hideLabel
                      value={c.operator}
                      options={CriterionOperatorSchema.options.map((op) => ({
                        value: op,
                        label: t(`handoff.scoring.operators.${op}`),
                      }))}
                      onChange={(e) =>
                        update(c.id, { operator: CriterionOperatorSchema.parse(e.target.value) })
                      }
                    />
                  </td>
                  <td>
                    {c.operator === 'present' ? (
                      <span className="muted">{t('handoff.scoring.anyValue')}</span>
                    ) : (
                      <BoundTextField
                        label={of(t('handoff.scoring.value'))}
                        hideLabel
                        value={shownCriterionValue(c, language)}
                        maxLength={100}
                        validate={(draft) => {
                          if (c.operator !== 'atLeast') return null;
                          const parsed = parseNumberInput(draft, language);
                          return parsed.ok
                            ? null
                            : describeNumberRefusal(parsed.refusal, language, t);
                        }}
                        commit={(value) => {
                          // A number is kept in one form ("1000"), whatever marks it was typed with.
                          const parsed =
                            c.operator === 'atLeast' ? parseNumberInput(value, language) : null;
                          return update(c.id, {
                            value: parsed?.ok ? String(parsed.value) : value,
                          });
                        }}
                      />
                    )}
                  </td>
                  <td className="num">
                    <NumberField
                      label={of(t('handoff.scoring.points'))}
                      hideLabel
                      value={c.points}
                      min={-100}
                      max={100}
                      integer
                      commit={(points) =>
                        points === null || !Number.isInteger(points)
                          ? t('handoff.scoring.pointsRange')
                          : update(c.id, { points })
                      }
                    />
                  </td>
                  <td>
                    <RemoveButton
                      label={t('handoff.scoring.remove', { name: c.name })}
                      onClick={() =>
                        dispatch([{ type: 'handoff.criterion.remove', criterionId: c.id }])
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="btn"
        disabled={criteria.length >= 200}
        onClick={() =>
          dispatch([
            {
              type: 'handoff.criterion.add',
              criterion: {
                id: crypto.randomUUID(),
                name: t('handoff.scoring.newCriterion'),
                dimension,
                field: t(`handoff.scoring.newField.${dimension}`),
                operator: dimension === 'fit' ? 'contains' : 'present',
                value: '',
                points: 10,
              },
            },
          ])
        }
      >
        <Plus aria-hidden size={18} />
        {t(`handoff.scoring.add.${dimension}`)}
      </button>
    </div>
  );
}
