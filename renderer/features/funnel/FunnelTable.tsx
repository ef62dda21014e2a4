import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../../ui/RemoveButton';
import type { FunnelAnalysis } from '../../../shared/domain/funnel-math';
import { StageTeamSchema, type FunnelSection } from '../../../shared/domain/funnel';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { BoundTextField } from '../workspace/BoundTextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import type { NumberFormats } from './format-numbers';

/**
 * The same funnel as a table, one row per stage in path order (detours last):
 * the quickest way to type numbers in a workshop, and what a screen-reader
 * user works in. Every cell is a command on the same plan as the map.
 */
export function FunnelTable({
  funnel,
  analysis,
  formats,
}: {
  funnel: FunnelSection;
  analysis: FunnelAnalysis;
  formats: NumberFormats;
}) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const byId = new Map(funnel.stages.map((s) => [s.id, s]));
  const pathIds = analysis.rows.map((r) => r.stageId);
  const offPath = funnel.stages.filter((s) => !pathIds.includes(s.id));
  const rowsById = new Map(analysis.rows.map((r) => [r.stageId, r]));
  const outgoingMain = (stageId: string) =>
    funnel.handoffs.find((h) => h.source === stageId && h.kind === 'main');

  return (
    <div className="funnel-table-wrap">
      <table className="funnel-table">
        <caption className="visually-hidden">{t('funnel.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funnel.table.stage')}</th>
            <th scope="col">{t('funnel.table.team')}</th>
            <th scope="col">{t('funnel.table.rateToNext')}</th>
            <th scope="col">{t('funnel.table.avgDays')}</th>
            <th scope="col" className="num">
              {t('funnel.table.forecast')}
            </th>
            <th scope="col" className="num">
              {t('funnel.table.required')}
            </th>
            <th scope="col" className="num">
              {t('funnel.table.gap')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('library.columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...pathIds, ...offPath.map((s) => s.id)].map((id) => {
            const stage = byId.get(id);
            if (!stage) return null;
            const row = rowsById.get(id);
            const handoff = outgoingMain(id);
            return (
              <tr key={id} className={row ? undefined : 'off-path'}>
                <th scope="row">
                  <BoundTextField
                    label={t('funnel.table.nameOf', { name: stage.name })}
                    hideLabel
                    value={stage.name}
                    maxLength={60}
                    validate={(draft) => (draft.trim() ? null : t('validation.required'))}
                    commit={(name) =>
                      dispatch([{ type: 'funnel.stage.update', stageId: id, patch: { name } }])
                    }
                  />
                </th>
                <td>
                  <SelectField
                    label={t('funnel.table.teamOf', { name: stage.name })}
                    hideLabel
                    value={stage.team}
                    options={StageTeamSchema.options.map((team) => ({
                      value: team,
                      label: t(`funnel.team.${team}`),
                    }))}
                    onChange={(event) =>
                      dispatch([
                        {
                          type: 'funnel.stage.update',
                          stageId: id,
                          patch: { team: StageTeamSchema.parse(event.target.value) },
                        },
                      ])
                    }
                  />
                </td>
                <td>
                  {handoff ? (
                    <NumberField
                      label={t('funnel.table.rateOf', { name: stage.name })}
                      hideLabel
                      value={handoff.rate === null ? null : handoff.rate * 100}
                      min={0}
                      max={100}
                      allowEmpty
                      commit={(percent) =>
                        dispatch([
                          {
                            type: 'funnel.handoff.update',
                            handoffId: handoff.id,
                            patch: { rate: percent === null ? null : percent / 100 },
                          },
                        ])
                      }
                    />
                  ) : (
                    <span className="muted">
                      {row ? t('funnel.table.lastStage') : t('funnel.offPath')}
                    </span>
                  )}
                </td>
                <td>
                  <NumberField
                    label={t('funnel.table.daysOf', { name: stage.name })}
                    hideLabel
                    value={stage.avgDays}
                    min={0}
                    max={3650}
                    allowEmpty
                    commit={(avgDays) =>
                      dispatch([{ type: 'funnel.stage.update', stageId: id, patch: { avgDays } }])
                    }
                  />
                </td>
                <td className="num">{formats.volume(row?.forecast)}</td>
                <td className="num">{formats.volume(row?.required)}</td>
                <td
                  className={`num${row?.gap !== null && row?.gap !== undefined && row.gap < 0 ? ' is-short' : ''}`}
                >
                  {formats.signed(row?.gap)}
                </td>
                <td>
                  <RemoveButton
                    label={t('funnel.table.removeStage', { name: stage.name })}
                    onClick={() => dispatch([{ type: 'funnel.stages.remove', stageIds: [id] }])}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
