import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SlaTarget } from '../../../shared/domain/sla';
import { slaTerms } from '../../../shared/domain/sla';
import type { NumberFormats } from '../funnel/format-numbers';
import { useAppStore } from '../../store/store-context';
import { SelectField } from '../../ui/SelectField';
import { useFunnel, useFunnelAnalysis, usePlanNumberFormats } from '../funnel/use-funnel';
import { useRaci } from '../raci/use-raci';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

/**
 * Every SLA term on one line: who owns it, what is measured, the target, and
 * the RACI activity that covers it with the role held accountable there, so
 * a promise in the SLA always has a name next to it.
 */
export function SlaTermsTable() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const sla = useAppStore((s) => s.current?.doc.handoff.sla);
  const teams = useAppStore((s) => s.current?.doc.teams);
  const funnel = useFunnel();
  const analysis = useFunnelAnalysis();
  const raci = useRaci();
  const formats = usePlanNumberFormats();
  if (!sla || !teams) return null;
  const teamName = (owner: string) =>
    owner === 'shared'
      ? t('handoff.terms.bothTeams')
      : (teams.find((team) => team.kind === owner)?.name ?? owner);
  const roleNames = new Map(raci.roles.map((r) => [r.id, r.name]));
  const accountable = (activityId: string) =>
    Object.entries(raci.cells[activityId] ?? {})
      .filter(([, letter]) => letter === 'A')
      .map(([roleId]) => roleNames.get(roleId) ?? roleId);

  return (
    <section className="card" aria-labelledby="sla-terms-heading">
      <h3 id="sla-terms-heading">{t('handoff.terms.heading')}</h3>
      {raci.activities.length === 0 && <p className="muted">{t('handoff.terms.noActivities')}</p>}
      <table className="data-table sla-terms" aria-labelledby="sla-terms-heading">
        <thead>
          <tr>
            <th scope="col">{t('handoff.terms.term')}</th>
            <th scope="col">{t('handoff.terms.owner')}</th>
            <th scope="col">{t('handoff.terms.target')}</th>
            <th scope="col">{t('handoff.terms.activity')}</th>
            <th scope="col">{t('handoff.terms.accountable')}</th>
          </tr>
        </thead>
        <tbody>
          {slaTerms(sla, funnel, analysis).map((row) => {
            const metric = t(`handoff.terms.metric.${row.term}`);
            const names = row.activityId ? accountable(row.activityId) : [];
            return (
              <tr key={row.term} className={`owner-${row.owner}`}>
                <th scope="row">{metric}</th>
                <td>{teamName(row.owner)}</td>
                <td>{formatTarget(row.target, t, formats)}</td>
                <td>
                  <SelectField
                    label={t('handoff.terms.linkLabel', { term: metric })}
                    hideLabel
                    value={row.activityId ?? ''}
                    disabled={raci.activities.length === 0}
                    options={[
                      { value: '', label: t('handoff.terms.notLinked') },
                      ...raci.activities.map((a) => ({ value: a.id, label: a.name })),
                    ]}
                    onChange={(e) =>
                      dispatch([
                        {
                          type: 'handoff.sla.link',
                          term: row.term,
                          activityId: e.target.value || null,
                        },
                      ])
                    }
                  />
                </td>
                <td>
                  {row.activityId === null
                    ? '–'
                    : names.length > 0
                      ? names.join(', ')
                      : t('handoff.terms.noAccountable')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** A target in words: "400 per month", "≥ 80%", "≤ 1 h", "Marketing nurture". */
export function formatTarget(target: SlaTarget, t: TFunction, formats: NumberFormats): string {
  switch (target.kind) {
    case 'volume':
      return t('handoff.terms.perPeriod', {
        volume: formats.volume(target.value),
        period: t(`funnel.assumptions.periods.${target.period}`),
      });
    case 'rate':
      return `≥ ${formats.percent(target.value)}`;
    case 'hours':
      return target.calendar
        ? t('handoff.terms.businessHours', {
            count: target.value,
            hours: formats.decimal(target.value),
            days: workingDays(target.calendar.workingDays, formats.locale),
            opens: target.calendar.opensAt,
            closes: target.calendar.closesAt,
            zone: target.calendar.timeZone.replaceAll('_', ' '),
          })
        : t('handoff.terms.hours', { hours: formats.decimal(target.value) });
    case 'count':
      return t('handoff.terms.attempts', { count: target.value });
    case 'route':
      return target.value === 'nurture'
        ? t('handoff.sla.toNurture')
        : t('handoff.sla.toDisqualify');
    case 'text':
      return target.value.trim() || '–';
    case 'cadence':
      return t(`handoff.sla.cadences.${target.value}`);
  }
}

/** Working days as a reader says them: "Mon–Fri", "lun–vie", or listed when not a run. */
function workingDays(days: readonly number[], locale: string): string {
  const name = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2 March 2026 is a Monday: ISO weekday n falls on 1 + n March.
  const short = (day: number) => name.format(new Date(Date.UTC(2026, 2, 1 + day))).replace('.', '');
  const sorted = [...days].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  const run = first !== undefined && last !== undefined && last - first === sorted.length - 1;
  if (run && sorted.length > 2) return `${short(first)}–${short(last)}`;
  return sorted.map(short).join(', ');
}
