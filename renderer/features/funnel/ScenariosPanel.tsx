import { Check } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../../ui/RemoveButton';
import type { FunnelSection, Scenario } from '../../../shared/domain/funnel';
import { analyzeFunnel } from '../../../shared/domain/funnel-math';
import { NumberField } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import type { NumberFormats } from './format-numbers';
import { useStageNames } from './use-funnel';

/** The funnel with a scenario's assumptions and rates in place of its own. */
export function withScenario(funnel: FunnelSection, scenario: Scenario): FunnelSection {
  return {
    ...funnel,
    assumptions: scenario.assumptions,
    handoffs: funnel.handoffs.map((h) => ({ ...h, rate: scenario.rates[h.id] ?? h.rate })),
  };
}

/**
 * What-ifs: save the current assumptions as a named scenario, change its rates,
 * compare it with the plan stage by stage, and adopt one as the plan's.
 */
export function ScenariosPanel({
  funnel,
  formats,
}: {
  funnel: FunnelSection;
  formats: NumberFormats;
}) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const names = useStageNames();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [comparedId, setComparedId] = useState<string | null>(null);
  const compared =
    funnel.scenarios.find((s) => s.id === comparedId) ?? funnel.scenarios.at(-1) ?? null;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const scenarioName =
      name.trim() || t('funnel.scenarios.defaultName', { n: funnel.scenarios.length + 1 });
    if (scenarioName.length > 80) {
      setError(t('validation.tooLong', { max: 80 }));
      return;
    }
    const id = crypto.randomUUID();
    const rates = Object.fromEntries(
      funnel.handoffs
        .filter((h) => h.kind === 'main' && h.rate !== null)
        .map((h) => [h.id, h.rate as number]),
    );
    const refused = dispatch([
      {
        type: 'funnel.scenario.save',
        scenario: { id, name: scenarioName, assumptions: { ...funnel.assumptions }, rates },
      },
    ]);
    if (!refused) {
      setName('');
      setComparedId(id);
    }
  };

  const baseline = analyzeFunnel(funnel);
  const scenarioAnalysis = compared ? analyzeFunnel(withScenario(funnel, compared)) : null;
  const mainHandoffs = new Map(
    funnel.handoffs.filter((h) => h.kind === 'main').map((h) => [h.source, h]),
  );

  return (
    <section className="card scenarios" aria-labelledby="scenarios-heading">
      <h3 id="scenarios-heading">{t('funnel.scenarios.heading')}</h3>
      <form className="inline-form" onSubmit={save} noValidate>
        <TextField
          label={t('funnel.scenarios.name')}
          hideLabel
          placeholder={t('funnel.scenarios.name')}
          value={name}
          maxLength={80}
          error={error}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="btn">
          {t('funnel.scenarios.save')}
        </button>
      </form>
      {funnel.scenarios.length === 0 ? (
        <p className="muted">{t('funnel.scenarios.empty')}</p>
      ) : (
        <>
          <ul className="scenario-list">
            {funnel.scenarios.map((scenario) => (
              <li
                key={scenario.id}
                className={scenario.id === compared?.id ? 'is-compared' : undefined}
              >
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={scenario.id === compared?.id}
                  onClick={() => setComparedId(scenario.id)}
                >
                  {scenario.name}
                </button>
                {funnel.planScenarioId === scenario.id ? (
                  <span className="badge badge-success">
                    <Check aria-hidden size={14} /> {t('funnel.scenarios.adopted')}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() =>
                      dispatch([{ type: 'funnel.scenario.adopt', scenarioId: scenario.id }])
                    }
                  >
                    {t('funnel.scenarios.adopt')}
                  </button>
                )}
                <RemoveButton
                  label={t('funnel.scenarios.remove', { name: scenario.name })}
                  onClick={() =>
                    dispatch([{ type: 'funnel.scenario.remove', scenarioId: scenario.id }])
                  }
                />
              </li>
            ))}
          </ul>
          {compared && scenarioAnalysis && (
            <table className="compare-table">
              <caption>{t('funnel.scenarios.compareCaption', { name: compared.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('funnel.table.stage')}</th>
                  <th scope="col">{t('funnel.scenarios.rateIn', { name: compared.name })}</th>
                  <th scope="col" className="num">
                    {t('funnel.scenarios.baseline')}
                  </th>
                  <th scope="col" className="num">
                    {compared.name}
                  </th>
                  <th scope="col" className="num">
                    {t('funnel.scenarios.difference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {baseline.rows.map((row, index) => {
                  const other = scenarioAnalysis.rows[index];
                  const handoff = mainHandoffs.get(row.stageId);
                  const difference =
                    row.forecast !== null &&
                    other?.forecast !== null &&
                    other?.forecast !== undefined
                      ? other.forecast - row.forecast
                      : null;
                  const stageName = names.get(row.stageId) ?? '';
                  return (
                    <tr key={row.stageId}>
                      <th scope="row">{stageName}</th>
                      <td>
                        {handoff ? (
                          <NumberField
                            label={t('funnel.scenarios.rateOf', {
                              stage: stageName,
                              name: compared.name,
                            })}
                            hideLabel
                            value={(compared.rates[handoff.id] ?? handoff.rate ?? 0) * 100}
                            min={0}
                            max={100}
                            commit={(percent) =>
                              dispatch([
                                {
                                  type: 'funnel.scenario.update',
                                  scenarioId: compared.id,
                                  patch: { rates: { [handoff.id]: (percent ?? 0) / 100 } },
                                },
                              ])
                            }
                          />
                        ) : (
                          <span className="muted">–</span>
                        )}
                      </td>
                      <td className="num">{formats.volume(row.forecast)}</td>
                      <td className="num">{formats.volume(other?.forecast)}</td>
                      <td className="num">{formats.signed(difference)}</td>
                    </tr>
                  );
                })}
                <tr className="compare-total">
                  <th scope="row">{t('funnel.results.forecastRevenue')}</th>
                  <td />
                  <td className="num">{formats.money(baseline.revenue)}</td>
                  <td className="num">{formats.money(scenarioAnalysis.revenue)}</td>
                  <td className="num">
                    {baseline.revenue !== null && scenarioAnalysis.revenue !== null
                      ? formats.signed(scenarioAnalysis.revenue - baseline.revenue)
                      : '–'}
                  </td>
                </tr>
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
