import { analyzeFunnel } from './funnel-math';
import type { PlanDoc } from './plan-doc';
import { slaTerms, type SlaTarget } from './sla';

/**
 * One readable difference between two versions of a plan. `what` names the
 * thing in the plan's own words (a stage, a goal, an activity × role);
 * `before` and `after` are values the screen formats, null where the thing
 * did not exist.
 */
export type PlanChange =
  | { area: 'rate'; what: string; before: number | null; after: number | null }
  | { area: 'volume'; what: string; before: number | null; after: number | null }
  | {
      area: 'assumption';
      what: 'topVolume' | 'avgDealSize' | 'revenueTarget';
      before: number;
      after: number;
    }
  | { area: 'goal'; what: string; before: string | null; after: string | null }
  | { area: 'raci'; what: string; before: string | null; after: string | null }
  | { area: 'sla'; what: string; before: SlaTarget; after: SlaTarget };

/**
 * What changed from `before` to `after`, area by area: the funnel's rates on
 * the main path and the volumes they forecast, the assumptions, goals (added,
 * removed, retargeted, re-dated, status), RACI letters, and SLA terms.
 */
export function diffPlans(before: PlanDoc, after: PlanDoc): PlanChange[] {
  const changes: PlanChange[] = [];
  const stageName = new Map(
    [...before.funnel.stages, ...after.funnel.stages].map((s) => [s.id, s.name]),
  );

  const rates = (doc: PlanDoc) =>
    new Map(doc.funnel.handoffs.filter((h) => h.kind === 'main').map((h) => [h.id, h]));
  const ratesBefore = rates(before);
  const ratesAfter = rates(after);
  for (const id of new Set([...ratesBefore.keys(), ...ratesAfter.keys()])) {
    const a = ratesBefore.get(id);
    const b = ratesAfter.get(id);
    if ((a?.rate ?? null) === (b?.rate ?? null)) continue;
    const edge = b ?? a;
    if (!edge) continue;
    const what = `${stageName.get(edge.source) ?? edge.source} → ${stageName.get(edge.target) ?? edge.target}`;
    changes.push({ area: 'rate', what, before: a?.rate ?? null, after: b?.rate ?? null });
  }

  for (const key of ['topVolume', 'avgDealSize', 'revenueTarget'] as const) {
    const a = before.funnel.assumptions[key];
    const b = after.funnel.assumptions[key];
    if (a !== b) changes.push({ area: 'assumption', what: key, before: a, after: b });
  }

  const forecast = (doc: PlanDoc) =>
    new Map(analyzeFunnel(doc.funnel).rows.map((r) => [r.stageId, r.forecast]));
  const volumesBefore = forecast(before);
  const volumesAfter = forecast(after);
  for (const id of new Set([...volumesBefore.keys(), ...volumesAfter.keys()])) {
    const a = volumesBefore.get(id) ?? null;
    const b = volumesAfter.get(id) ?? null;
    if (a === b || (a !== null && b !== null && Math.abs(a - b) < 0.5)) continue;
    changes.push({ area: 'volume', what: stageName.get(id) ?? id, before: a, after: b });
  }

  const goalsBefore = new Map(before.goals.goals.map((g) => [g.id, g]));
  const goalsAfter = new Map(after.goals.goals.map((g) => [g.id, g]));
  for (const id of new Set([...goalsBefore.keys(), ...goalsAfter.keys()])) {
    const a = goalsBefore.get(id);
    const b = goalsAfter.get(id);
    const describe = (g: typeof a) =>
      g ? `${g.title} · ${g.target ?? '–'} · ${g.deadline ?? '–'} · ${g.status}` : null;
    const da = describe(a);
    const db = describe(b);
    if (da !== db)
      changes.push({ area: 'goal', what: (b ?? a)?.title ?? id, before: da, after: db });
  }

  const activityName = new Map(
    [...before.raci.activities, ...after.raci.activities].map((a) => [a.id, a.name]),
  );
  const roleName = new Map([...before.raci.roles, ...after.raci.roles].map((r) => [r.id, r.name]));
  const cells = (doc: PlanDoc) =>
    new Map(
      Object.entries(doc.raci.cells).flatMap(([activityId, row]) =>
        Object.entries(row).map(
          ([roleId, letter]) => [`${activityId}\u0000${roleId}`, letter] as const,
        ),
      ),
    );
  const cellsBefore = cells(before);
  const cellsAfter = cells(after);
  for (const key of new Set([...cellsBefore.keys(), ...cellsAfter.keys()])) {
    const a = cellsBefore.get(key) ?? null;
    const b = cellsAfter.get(key) ?? null;
    if (a === b) continue;
    const [activityId = '', roleId = ''] = key.split('\u0000');
    changes.push({
      area: 'raci',
      what: `${activityName.get(activityId) ?? activityId} × ${roleName.get(roleId) ?? roleId}`,
      before: a,
      after: b,
    });
  }

  const termsBefore = slaTerms(before.handoff.sla, before.funnel, analyzeFunnel(before.funnel));
  const termsAfter = slaTerms(after.handoff.sla, after.funnel, analyzeFunnel(after.funnel));
  termsAfter.forEach((row, i) => {
    const old = termsBefore[i];
    if (old && JSON.stringify(old.target) !== JSON.stringify(row.target)) {
      changes.push({ area: 'sla', what: row.term, before: old.target, after: row.target });
    }
  });
  return changes;
}
