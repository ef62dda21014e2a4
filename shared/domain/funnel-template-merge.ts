import type { FunnelSection } from './funnel';
import type { PlanDoc } from './plan-doc';

/**
 * Applying a funnel template to a plan that has work in it. The template's stages that
 * match an existing stage by name ("MQL" and "mql", "Calificación" and "calificacion") take
 * that stage's id, and its handoffs between kept stages take the existing handoff's id, so
 * what points at them — stage definitions, goal metrics, the SLA's handoff stage, scenario
 * rates — stays linked. The assumptions and scenarios the leaders typed stay too. What
 * cannot be kept is listed before anything changes (templateLosses).
 */
export function keepMatchingWork(current: FunnelSection, template: FunnelSection): FunnelSection {
  const byName = new Map(current.stages.map((stage) => [nameKey(stage.name), stage.id]));
  const stageId = new Map(
    template.stages.map((stage) => [stage.id, byName.get(nameKey(stage.name)) ?? stage.id]),
  );
  const handoffByPair = new Map(current.handoffs.map((h) => [`${h.source}→${h.target}`, h.id]));
  const handoffs = template.handoffs.map((handoff) => {
    const source = stageId.get(handoff.source) ?? handoff.source;
    const target = stageId.get(handoff.target) ?? handoff.target;
    return {
      ...handoff,
      id: handoffByPair.get(`${source}→${target}`) ?? handoff.id,
      source,
      target,
    };
  });
  const keptHandoffs = new Set(handoffs.map((h) => h.id));
  return {
    ...template,
    stages: template.stages.map((stage) => ({ ...stage, id: stageId.get(stage.id) ?? stage.id })),
    handoffs,
    assumptions: current.assumptions,
    scenarios: current.scenarios.map((scenario) => ({
      ...scenario,
      rates: Object.fromEntries(
        Object.entries(scenario.rates).filter(([handoffId]) => keptHandoffs.has(handoffId)),
      ),
    })),
    planScenarioId: current.planScenarioId,
  };
}

export interface TemplateLosses {
  /** Stages of the plan with no stage of the same name in the template. */
  stages: string[];
  /** Stages whose written definition, criteria or required fields would go. */
  definitions: string[];
  /** Goals whose metric (a stage volume or a conversion) would be unset. */
  goalMetrics: string[];
  /** The stage the SLA hands to sales, if it would go. */
  slaStage: string | null;
}

/** What applying `next` (already passed through keepMatchingWork) would drop from `doc`. */
export function templateLosses(doc: PlanDoc, next: FunnelSection): TemplateLosses {
  const stages = new Set(next.stages.map((stage) => stage.id));
  const handoffs = new Set(next.handoffs.map((handoff) => handoff.id));
  const stageName = new Map(doc.funnel.stages.map((stage) => [stage.id, stage.name]));
  const goes = doc.funnel.stages.filter((stage) => !stages.has(stage.id));
  const { definitions, sla } = doc.handoff;
  return {
    stages: goes.map((stage) => stage.name),
    definitions: Object.entries(definitions)
      .filter(([id, definition]) => !stages.has(id) && hasContent(definition))
      .map(([id]) => stageName.get(id) ?? id),
    goalMetrics: doc.goals.goals
      .filter(({ metric }) =>
        metric?.kind === 'stageVolume'
          ? !stages.has(metric.stageId)
          : metric?.kind === 'conversion'
            ? !handoffs.has(metric.handoffId)
            : false,
      )
      .map((goal) => goal.title),
    slaStage:
      sla.mqlStageId !== null && !stages.has(sla.mqlStageId)
        ? (stageName.get(sla.mqlStageId) ?? null)
        : null,
  };
}

export function losesNothing(losses: TemplateLosses): boolean {
  return (
    losses.definitions.length === 0 && losses.goalMetrics.length === 0 && losses.slaStage === null
  );
}

function hasContent(definition: PlanDoc['handoff']['definitions'][string]): boolean {
  return (
    definition.definition.trim() !== '' ||
    definition.entryCriteria.trim() !== '' ||
    definition.exitCriteria.trim() !== '' ||
    definition.requiredFields.length > 0
  );
}

/** Names compared as people read them: case, accents and spaces around do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}
