import { useTranslation } from 'react-i18next';
import type { PlanStageRef } from '../../../shared/actuals/match-stages';
import type { ImportProfile } from '../../../shared/actuals/profile';
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
 * An export of no known shape: for each plan stage, the column that dates it, and the
 * column that tells records apart. Sample values of each column help to choose.
 */
export function ColumnMapping({
  headers,
  samples,
  planStages,
  profile,
  onChange,
}: {
  headers: string[];
  samples: Map<string, string>;
  planStages: PlanStageRef[];
  profile: ImportProfile;
  onChange: (profile: ImportProfile) => void;
}) {
  const { t } = useTranslation();
  const columns = headers.map((header) => ({
    value: header,
    label: samples.get(header) ? `${header} (${samples.get(header)})` : header,
  }));
  const columnOf = (stage: PlanStageRef) =>
    profile.stages.find((s) => profile.planStages[s.name] === stage.id)?.dateColumn ?? '';
  return (
    <div className="mapping-columns">
      <p>{t('review.import.unknown')}</p>
      <SelectField
        label={t('review.import.recordId')}
        value={profile.recordId ?? ''}
        options={[{ value: '', label: t('review.import.noRecordId') }, ...columns]}
        onChange={(event) => onChange({ ...profile, recordId: event.target.value || null })}
      />
      {planStages.map((stage) => (
        <SelectField
          key={stage.id}
          label={t('review.import.columnFor', { stage: stage.name })}
          value={columnOf(stage)}
          options={[{ value: '', label: t('review.import.noColumn') }, ...columns]}
          onChange={(event) => {
            const others = profile.stages.filter((s) => profile.planStages[s.name] !== stage.id);
            const planStageIds = Object.fromEntries(
              others.map((s) => [s.name, profile.planStages[s.name] ?? '']),
            );
            const column = event.target.value;
            onChange({
              ...profile,
              stages: column ? [...others, { name: stage.name, dateColumn: column }] : others,
              planStages: column ? { ...planStageIds, [stage.name]: stage.id } : planStageIds,
            });
          }}
        />
      ))}
    </div>
  );
}
