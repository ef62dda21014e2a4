import type { TFunction } from 'i18next';
import type { FunnelAnalysis } from '../../../shared/domain/funnel-math';
import { INACTIVE_MONTHS_FIELD } from '../../../shared/domain/lead-scoring';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { handoffStageId, slaMqlVolume } from '../../../shared/domain/sla';
import type { NumberFormats } from '../funnel/format-numbers';

/**
 * What to configure in a CRM (HubSpot, Salesforce, Pipedrive…) so it runs
 * the plan: lifecycle stages, fields, scoring rules, SLA alerts and reports,
 * as a Markdown checklist the admin ticks off. Generated from the plan.
 */
export function crmChecklist(
  doc: PlanDoc,
  analysis: FunnelAnalysis,
  t: TFunction,
  formats: NumberFormats,
): string {
  const m = (key: string, values: Record<string, unknown> = {}) => t(`report.crm.${key}`, values);
  const lines: string[] = [`# ${m('title', { plan: doc.name })}`, '', m('intro'), ''];
  const item = (text: string) => lines.push(`- [ ] ${text}`);
  const section = (title: string) => lines.push('', `## ${title}`, '');
  const { definitions, framework, scoring, sla } = doc.handoff;

  section(m('stages'));
  const path = new Set(analysis.rows.map((r) => r.stageId));
  for (const stage of doc.funnel.stages) {
    const entry = definitions[stage.id]?.entryCriteria.trim();
    item(
      m(path.has(stage.id) ? 'stage' : 'detourStage', {
        stage: stage.name,
        team: t(`funnel.team.${stage.team}`),
      }) + (entry ? ` ${m('entersWhen', { criteria: entry })}` : ''),
    );
  }

  const fields = new Set<string>();
  for (const c of scoring.criteria) fields.add(c.field);
  if (scoring.decayPerMonth > 0) fields.add(INACTIVE_MONTHS_FIELD);
  const required = doc.funnel.stages.flatMap((s) =>
    (definitions[s.id]?.requiredFields ?? []).map((f) => ({ field: f, stage: s.name })),
  );
  if (fields.size + required.length + framework.fields.length > 0) {
    section(m('fields'));
    for (const field of fields) item(m('scoringField', { field }));
    for (const { field, stage } of required) item(m('requiredField', { field, stage }));
    for (const field of framework.fields) item(m('handoffField', { field }));
  }

  if (scoring.criteria.length > 0) {
    section(m('scoring'));
    for (const c of scoring.criteria) {
      item(
        m('criterion', {
          name: c.name,
          dimension: t(`handoff.scoring.dimensionShort.${c.dimension}`),
          field: c.field,
          test: t(`handoff.scoring.operators.${c.operator}`),
          value: c.operator === 'present' ? '' : `“${c.value}”`,
          points: c.points > 0 ? `+${c.points}` : String(c.points),
        }),
      );
    }
    if (scoring.decayPerMonth > 0) item(m('decay', { points: scoring.decayPerMonth }));
    item(
      scoring.rule.kind === 'total'
        ? m('mqlTotal', { threshold: scoring.rule.threshold })
        : m('mqlBoth', {
            fit: scoring.rule.fitThreshold,
            engagement: scoring.rule.engagementThreshold,
          }),
    );
  }

  section(m('alerts'));
  const stage = doc.funnel.stages.find((s) => s.id === handoffStageId(sla, doc.funnel, analysis));
  item(m('routing', { stage: stage?.name ?? 'MQL' }));
  item(m('responseAlert', { hours: formats.decimal(sla.firstResponseHours) }));
  item(m('attempts', { count: sla.contactAttempts }));
  item(m('acceptAlert', { hours: formats.decimal(sla.acceptWindowHours) }));
  if (sla.reasonCodes.length > 0) {
    item(
      m('reasons', {
        reasons: sla.reasonCodes.map((code) => t(`handoff.sla.reason.${code}`)).join(', '),
      }),
    );
  }
  item(m(sla.rejectedRoute === 'nurture' ? 'recycle' : 'disqualify'));
  if (framework.checklist.length > 0) {
    item(m('checklist', { framework: t(`handoff.framework.kinds.${framework.kind}`) }));
  }

  section(m('reports'));
  const volume = slaMqlVolume(sla, doc.funnel, analysis).value;
  const period = t(`funnel.assumptions.periods.${doc.funnel.assumptions.period}`);
  item(m('volumeReport', { volume: formats.volume(volume), period }));
  item(m('acceptanceReport', { rate: formats.percent(sla.acceptanceRate) }));
  item(m('review', { cadence: t(`handoff.sla.cadences.${sla.reviewCadence}`) }));
  return `${lines.join('\n')}\n`;
}
