import type { TFunction } from 'i18next';
import type { FunnelAnalysis } from '../../../shared/domain/funnel-math';
import type { Goal } from '../../../shared/domain/goals';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { checkSmart } from '../../../shared/domain/smart-check';
import { slaTerms } from '../../../shared/domain/sla';
import type { NumberFormats } from '../funnel/format-numbers';
import { formatTarget } from '../handoff/SlaTermsTable';

type Rows = Array<Array<string | number>>;

/**
 * The shared goals as spreadsheet rows: numbers stay numbers and dates stay
 * ISO, so a spreadsheet can sort and sum them; each SMART letter gets a column.
 */
export function goalRows(doc: PlanDoc, analysis: FunnelAnalysis, t: TFunction): Rows {
  const people = new Map(doc.people.map((p) => [p.id, p.name]));
  const stages = new Map(doc.funnel.stages.map((s) => [s.id, s.name]));
  const header = [
    t('goals.fields.title'),
    t('report.csv.statement'),
    t('report.goals.owners'),
    t('goals.fields.metric'),
    t('report.csv.baseline'),
    t('report.csv.target'),
    t('report.csv.start'),
    t('report.goals.deadline'),
    t('report.goals.status'),
    ...(['S', 'M', 'A', 'R', 'T'] as const).map((letter) => t(`smart.letter.${letter}`)),
  ];
  const metric = (goal: Goal): string => {
    const m = goal.metric;
    if (!m) return '';
    if (m.kind === 'stageVolume')
      return `${t('goals.metricKind.stageVolume')}: ${stages.get(m.stageId) ?? ''}`;
    if (m.kind === 'kpi') return t(`goals.kpi.${m.kpi}`);
    if (m.kind === 'custom') return `${m.name} (${m.unit})`;
    return t(`goals.metricKind.${m.kind}`);
  };
  return [
    header,
    ...doc.goals.goals.map((goal) => [
      goal.title,
      goal.statement,
      goal.ownerIds.map((id) => people.get(id) ?? id).join(', '),
      metric(goal),
      goal.baseline ?? '',
      goal.target ?? '',
      goal.start ?? '',
      goal.deadline ?? '',
      t(`goals.status.${goal.status}`),
      ...checkSmart(goal, doc, analysis).map((f) => t(`smart.level.${f.level}`)),
    ]),
  ];
}

/** The SLA as spreadsheet rows: term, owning team, target in words, the RACI activity. */
export function slaRows(
  doc: PlanDoc,
  analysis: FunnelAnalysis,
  t: TFunction,
  formats: NumberFormats,
): Rows {
  const activities = new Map(doc.raci.activities.map((a) => [a.id, a.name]));
  const team = (owner: string) =>
    owner === 'shared'
      ? t('handoff.terms.bothTeams')
      : (doc.teams.find((x) => x.kind === owner)?.name ?? owner);
  return [
    [
      t('handoff.terms.term'),
      t('handoff.terms.owner'),
      t('handoff.terms.target'),
      t('handoff.terms.activity'),
    ],
    ...slaTerms(doc.handoff.sla, doc.funnel, analysis).map((row) => [
      t(`handoff.terms.metric.${row.term}`),
      team(row.owner),
      formatTarget(row.target, t, formats),
      row.activityId ? (activities.get(row.activityId) ?? '') : '',
    ]),
  ];
}
