import { templateLosses } from '../domain/funnel-template-merge';
import type { PlanDoc } from '../domain/plan-doc';
import type { AgendaItem } from '../domain/workshop';
import type { TemplateParts } from './template';

/** What applying a template would take from a plan, listed before anything changes. */
export interface TemplateApplyLosses {
  stages: string[];
  definitions: string[];
  goalMetrics: string[];
  activities: string[];
  roles: string[];
  agenda: AgendaItem[];
  /** The framework, scoring and SLA terms are replaced whole by the template's. */
  handoffReplaced: boolean;
}

/** `after` is the plan with the template applied (through the reducer, so let go of too). */
export function templateApplyLosses(
  before: PlanDoc,
  after: PlanDoc,
  parts: TemplateParts,
): TemplateApplyLosses {
  const funnel = parts.funnel
    ? templateLosses(before, after.funnel)
    : { stages: [], definitions: [], goalMetrics: [] };
  const kept = <T extends { id: string }>(list: readonly T[]) => new Set(list.map((i) => i.id));
  const activities = kept(after.raci.activities);
  const roles = kept(after.raci.roles);
  return {
    stages: funnel.stages,
    definitions: funnel.definitions,
    goalMetrics: funnel.goalMetrics,
    activities: before.raci.activities.filter((a) => !activities.has(a.id)).map((a) => a.name),
    roles: before.raci.roles.filter((r) => !roles.has(r.id)).map((r) => r.name),
    agenda: parts.agenda ? before.workshop.agenda : [],
    handoffReplaced: parts.handoff !== undefined,
  };
}

export function losesNothingOf(losses: TemplateApplyLosses): boolean {
  return (
    losses.stages.length === 0 &&
    losses.definitions.length === 0 &&
    losses.goalMetrics.length === 0 &&
    losses.activities.length === 0 &&
    losses.roles.length === 0 &&
    losses.agenda.length === 0 &&
    !losses.handoffReplaced
  );
}
