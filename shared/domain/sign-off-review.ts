import { analyzeFunnel } from './funnel-math';
import type { PlanDoc } from './plan-doc';
import { RACI_PHASES } from './raci';
import { checkRaci, type RaciRule } from './raci-rules';
import { checkSmart, type SmartLetter } from './smart-check';
import { slaChecks, type SlaCheck } from './sla';

/** A goal that fails at least one SMART letter, and which. */
export interface GoalFailingSmart {
  goalId: string;
  title: string;
  letters: SmartLetter[];
}

/** A RACI activity that breaks the matrix's rules for one A and at least one R, and how. */
export interface RaciRowInError {
  activityId: string;
  name: string;
  rules: RaciRule[];
}

/**
 * What is still open in a plan when it is about to be signed: named, never blocking. A
 * count alone ("1 warning") leaves the signers to go and look for it with the dialog open.
 */
export interface OpenBeforeSigning {
  goalsFailingSmart: GoalFailingSmart[];
  raciErrors: RaciRowInError[];
  /** The SLA's warnings against the funnel (volume below what the target needs, rates). */
  slaWarnings: SlaCheck[];
}

/**
 * The plan's own checks, gathered for the moment it is signed: the signers see what they
 * agree to as it is. Signing stays their decision; this only makes it an informed one.
 */
export function openBeforeSigning(doc: PlanDoc): OpenBeforeSigning {
  const analysis = analyzeFunnel(doc.funnel);
  const goalsFailingSmart: GoalFailingSmart[] = [];
  for (const goal of doc.goals.goals) {
    const letters = checkSmart(goal, doc, analysis)
      .filter((finding) => finding.level === 'fail')
      .map((finding) => finding.letter);
    if (letters.length > 0) goalsFailingSmart.push({ goalId: goal.id, title: goal.title, letters });
  }
  const teamKind = new Map(doc.teams.map((team) => [team.id, team.kind]));
  const rulesOf = new Map<string, RaciRule[]>();
  for (const issue of checkRaci(doc.raci, (teamId) => teamKind.get(teamId) ?? 'other').issues) {
    if (issue.severity !== 'error' || !issue.activityId) continue;
    const rules = rulesOf.get(issue.activityId) ?? [];
    rules.push(issue.rule);
    rulesOf.set(issue.activityId, rules);
  }
  // In the grid's order (by phase, then as added), so the list reads as the matrix does.
  const raciErrors = RACI_PHASES.flatMap((phase) =>
    doc.raci.activities.flatMap((activity) => {
      const rules = activity.phase === phase ? rulesOf.get(activity.id) : undefined;
      return rules ? [{ activityId: activity.id, name: activity.name, rules }] : [];
    }),
  );
  return {
    goalsFailingSmart,
    raciErrors,
    slaWarnings: slaChecks(doc.handoff.sla, doc.funnel, analysis),
  };
}
