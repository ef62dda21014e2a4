import { useTranslation } from 'react-i18next';
import type { PlanStageRef } from '../../../shared/actuals/match-stages';
import type { ImportProfile, StageSource } from '../../../shared/actuals/profile';
import type { ColumnValue } from './actuals-protocol';
import { SelectField } from '../../ui/SelectField';

/**
 * A known export's stages matched to the plan's: each one picked from the plan's stages,
 * or left uncounted. What the app matched by name is already chosen.
 */
export function StageMapping({
  profile,
  planStages,
  onChange,
}: {
  profile: ImportProfile;
  planStages: PlanStageRef[];
  onChange: (planStages: ImportProfile['planStages']) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="mapping-table">
      <caption>{t('review.import.stages')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.import.exportStage')}</th>
          <th scope="col">{t('review.import.planStage')}</th>
        </tr>
      </thead>
      <tbody>
        {profile.stages.map((stage) => (
          <tr key={stage.name}>
            <th scope="row">{stage.name}</th>
            <td>
              <SelectField
                label={t('review.import.stageFor', { stage: stage.name })}
                hideLabel
                value={profile.planStages[stage.name] ?? ''}
                options={[
                  { value: '', label: t('review.import.notCounted') },
                  ...planStages.map((s) => ({ value: s.id, label: s.name })),
                ]}
                onChange={(event) => {
                  const chosen = event.target.value;
                  // One export stage per plan stage: taking a stage frees it elsewhere.
                  const kept = Object.entries(profile.planStages).filter(
                    ([name, id]) => name !== stage.name && id !== chosen,
                  );
                  onChange(Object.fromEntries(chosen ? [...kept, [stage.name, chosen]] : kept));
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * An export of no known shape: for each plan stage, the column that dates it and, when the
 * export says the stage in a status column ("Estado": Cualificado, Ganado…), the values
 * that mean it; and the column that tells records apart. Sample values help to choose.
 */
export function ColumnMapping({
  headers,
  samples,
  planStages,
  profile,
  statusColumn,
  statusValues,
  onStatusColumn,
  onChange,
}: {
  headers: string[];
  samples: Map<string, string>;
  planStages: PlanStageRef[];
  profile: ImportProfile;
  /** The column whose values say a record's stage, when the export has one. */
  statusColumn: string | null;
  statusValues: ColumnValue[];
  onStatusColumn: (column: string | null) => void;
  onChange: (profile: ImportProfile) => void;
}) {
  const { t } = useTranslation();
  const columns = headers.map((header) => ({
    value: header,
    label: samples.get(header) ? `${header} (${samples.get(header)})` : header,
  }));
  const sourceOf = (stage: PlanStageRef) =>
    profile.stages.find((s) => profile.planStages[s.name] === stage.id);
  /** The profile with one plan stage's source replaced (or removed, when no date column). */
  const withSource = (stage: PlanStageRef, source: StageSource | null): ImportProfile => {
    const others = profile.stages.filter((s) => profile.planStages[s.name] !== stage.id);
    const planStageIds = Object.fromEntries(
      others.map((s) => [s.name, profile.planStages[s.name] ?? '']),
    );
    return {
      ...profile,
      stages: source ? [...others, source] : others,
      planStages: source ? { ...planStageIds, [source.name]: stage.id } : planStageIds,
    };
  };
  const chooseStatus = (column: string | null) => {
    onStatusColumn(column);
    // Conditions on another column no longer apply: each stage keeps only its date column.
    onChange({
      ...profile,
      stages: profile.stages.map(({ name, dateColumn }) => ({ name, dateColumn })),
    });
  };
  return (
    <div className="mapping-columns">
      <p>{t('review.import.unknown')}</p>
      <SelectField
        label={t('review.import.recordId')}
        value={profile.recordId ?? ''}
        options={[{ value: '', label: t('review.import.noRecordId') }, ...columns]}
        onChange={(event) => onChange({ ...profile, recordId: event.target.value || null })}
      />
      <SelectField
        label={t('review.import.statusColumn')}
        help={t('review.import.statusHelp')}
        value={statusColumn ?? ''}
        options={[{ value: '', label: t('review.import.noColumn') }, ...columns]}
        onChange={(event) => chooseStatus(event.target.value || null)}
      />
      {planStages.map((stage) => {
        const source = sourceOf(stage);
        const values = source?.when?.test === 'oneOf' ? source.when.values : [];
        return (
          <div key={stage.id} className="stage-source">
            <SelectField
              label={t('review.import.columnFor', { stage: stage.name })}
              value={source?.dateColumn ?? ''}
              options={[{ value: '', label: t('review.import.noColumn') }, ...columns]}
              onChange={(event) => {
                const column = event.target.value;
                onChange(
                  withSource(
                    stage,
                    column
                      ? {
                          name: stage.name,
                          dateColumn: column,
                          ...(source?.when ? { when: source.when } : {}),
                        }
                      : null,
                  ),
                );
              }}
            />
            {source && statusColumn && statusValues.length > 0 && (
              <fieldset className="status-values">
                <legend className="field-label">
                  {t('review.import.onlyWhen', { column: statusColumn, stage: stage.name })}
                </legend>
                {statusValues.map(({ value, rows }) => (
                  <label key={value} className="checkbox-field">
                    <input
                      type="checkbox"
                      checked={values.includes(value)}
                      onChange={(event) => {
                        const next = event.target.checked
                          ? [...values, value]
                          : values.filter((v) => v !== value);
                        const dated = { name: source.name, dateColumn: source.dateColumn };
                        onChange(
                          withSource(
                            stage,
                            next.length > 0
                              ? {
                                  ...dated,
                                  when: { test: 'oneOf', column: statusColumn, values: next },
                                }
                              : dated,
                          ),
                        );
                      }}
                    />
                    {value} <span className="muted">({rows})</span>
                  </label>
                ))}
              </fieldset>
            )}
          </div>
        );
      })}
    </div>
  );
}
