import type { Draft } from 'immer';
import type { Command } from './commands';
import { removeWhere } from './draft-edits';
import type { PlanDoc } from './plan-doc';

/** Commands that can remove something other parts of the plan point at. */
export const LEAVES_REFERENCES = new Set<Command['type']>([
  'funnel.stages.remove',
  'funnel.handoffs.remove',
  'funnel.replace',
  'template.apply',
  'raci.activity.remove',
  'person.remove',
]);

/**
 * After a person, stage, handoff or activity is removed, what pointed at it lets go: the
 * person is no longer a goal owner, an action's owner or a RACI role's holder; a metric on
 * a removed stage becomes unset; a stage's definition and an SLA term's link go. The goal,
 * action or role itself stays.
 *
 * `plan` is the plan as the removal left it and `draft` a draft of that same plan: the scan
 * reads the plain objects and writes to the draft only where a reference dangles. Read
 * through the draft, the scan alone made a draft of every person, goal, role and action.
 */
export function releaseRemovedReferences(plan: PlanDoc, draft: Draft<PlanDoc>): void {
  const people = new Set(plan.people.map((p) => p.id));
  const stages = new Set(plan.funnel.stages.map((s) => s.id));
  const handoffs = new Set(plan.funnel.handoffs.map((h) => h.id));
  const activities = new Set(plan.raci.activities.map((a) => a.id));
  const gone = (owner: string | null) => owner !== null && !people.has(owner);

  // Entries are deleted one by one, and only when gone: a record rebuilt whole would count
  // as changed, in the undo step's paths and in what the check parses again.
  for (const id of Object.keys(plan.handoff.definitions)) {
    if (!stages.has(id)) Reflect.deleteProperty(draft.handoff.definitions, id);
  }
  const { mqlStageId, raciLinks } = plan.handoff.sla;
  if (mqlStageId !== null && !stages.has(mqlStageId)) draft.handoff.sla.mqlStageId = null;
  for (const [term, id] of Object.entries(raciLinks)) {
    if (!activities.has(id)) Reflect.deleteProperty(draft.handoff.sla.raciLinks, term);
  }
  plan.workshop.actions.forEach((action, a) => {
    const target = draft.workshop.actions[a];
    if (target && gone(action.ownerId)) target.ownerId = null;
  });
  plan.actuals.reviews.forEach((review, r) =>
    review.actions.forEach((action, a) => {
      const target = draft.actuals.reviews[r]?.actions[a];
      if (target && gone(action.ownerId)) target.ownerId = null;
    }),
  );
  plan.raci.roles.forEach((role, r) => {
    const target = draft.raci.roles[r];
    if (target && gone(role.personId)) target.personId = null;
  });
  plan.goals.goals.forEach((goal, g) => {
    const metric = goal.metric;
    const metricGone =
      (metric?.kind === 'stageVolume' && !stages.has(metric.stageId)) ||
      (metric?.kind === 'conversion' && !handoffs.has(metric.handoffId));
    const ownersGone = goal.ownerIds.some(gone);
    if (!metricGone && !ownersGone) return;
    const target = draft.goals.goals[g];
    if (!target) return;
    if (ownersGone) removeWhere(target.ownerIds, gone);
    if (metricGone) {
      target.metric = null;
      target.linkedTarget = null;
    }
  });
}
