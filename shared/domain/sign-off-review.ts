import { analyzeFunnel } from './funnel-math';
import type { PlanDoc } from './plan-doc';
import { checkRaci } from './raci-rules';
import { checkSmart } from './smart-check';
import { slaChecks } from './sla';

/** What is still open in a plan when it is about to be signed: counted, never blocking. */
export interface OpenBeforeSigning {
  /** Goals with at least one SMART letter failing. */
  goalsFailingSmart: number;
  /** RACI rows without exactly one A and at least one R. */
  raciErrors: number;
  /** The SLA's warnings against the funnel (volume below what the target needs, rates). */
  slaWarnings: number;
}

/**
 * The plan's own checks, gathered for the moment it is signed: the signers see what they
 * agree to as it is. Signing stays their decision; this only makes it an informed one.
 */
export function openBeforeSigning(doc: PlanDoc): OpenBeforeSigning {
  const analysis = analyzeFunnel(doc.funnel);
  const teamKind = new Map(doc.teams.map((team) => [team.id, team.kind]));
  return {
    goalsFailingSmart: doc.goals.goals.filter((goal) =>
      checkSmart(goal, doc, analysis).some((finding) => finding.level === 'fail'),
    ).length,
    raciErrors: checkRaci(doc.raci, (teamId) => teamKind.get(teamId) ?? 'other').errors,
    slaWarnings: slaChecks(doc.handoff.sla, doc.funnel, analysis).length,
  };
}
