import type { ScoringCriterion, ScoringModel } from './handoff';

export type SampleLead = Readonly<Record<string, string>>;

export interface LeadScore {
  fit: number;
  engagement: number;
  total: number;
  isMql: boolean;
  /** The criteria that gave or took points, for "why is this an MQL?". */
  contributions: Array<{ criterionId: string; points: number }>;
  /** Engagement points lost to inactivity. */
  decay: number;
}

/** The column that says how long a lead has been inactive; decay reads it. */
export const INACTIVE_MONTHS_FIELD = 'months_inactive';

/**
 * Scores one lead: fit (who they are) and engagement (what they did) from the
 * criteria that match, engagement decaying by months of inactivity (never
 * below zero), then the MQL rule on the total or on both scores.
 */
export function scoreLead(
  lead: SampleLead,
  model: ScoringModel,
  compiled = compileCriteria(model.criteria),
): LeadScore {
  let fit = 0;
  let engagement = 0;
  const contributions: LeadScore['contributions'] = [];
  for (const criterion of compiled) {
    if (!criterion.matches(lead[criterion.field] ?? '')) continue;
    contributions.push({ criterionId: criterion.id, points: criterion.points });
    if (criterion.dimension === 'fit') fit += criterion.points;
    else engagement += criterion.points;
  }
  const months = Number(lead[INACTIVE_MONTHS_FIELD] ?? 0);
  const decay =
    Number.isFinite(months) && months > 0
      ? Math.min(Math.max(engagement, 0), months * model.decayPerMonth)
      : 0;
  engagement -= decay;
  const total = fit + engagement;
  const isMql =
    model.rule.kind === 'total'
      ? total >= model.rule.threshold
      : fit >= model.rule.fitThreshold && engagement >= model.rule.engagementThreshold;
  return { fit, engagement, total, isMql, contributions, decay };
}

/** Scores many leads with the criteria prepared once; the summary counts the MQLs. */
export function scoreLeads(
  leads: readonly SampleLead[],
  model: ScoringModel,
): { scores: LeadScore[]; mqls: number } {
  const compiled = compileCriteria(model.criteria);
  const scores = leads.map((lead) => scoreLead(lead, model, compiled));
  return { scores, mqls: scores.filter((s) => s.isMql).length };
}

interface CompiledCriterion extends ScoringCriterion {
  matches: (value: string) => boolean;
}

/** Each criterion's test, built once: case- and space-insensitive text, numbers for "at least". */
export function compileCriteria(criteria: readonly ScoringCriterion[]): CompiledCriterion[] {
  return criteria.map((criterion) => {
    const expected = criterion.value.trim().toLowerCase();
    const threshold = Number(criterion.value);
    const matches = (raw: string): boolean => {
      const value = raw.trim().toLowerCase();
      switch (criterion.operator) {
        case 'equals':
          return value === expected;
        case 'contains':
          return expected !== '' && value.includes(expected);
        case 'atLeast':
          return value !== '' && Number.isFinite(threshold) && Number(value) >= threshold;
        case 'present':
          return value !== '';
      }
    };
    return { ...criterion, matches };
  });
}
