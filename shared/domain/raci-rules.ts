import type { RaciSection, RaciLetter } from './raci';

export type RaciSeverity = 'error' | 'warning' | 'note';
export type RaciRule =
  | 'noAccountable'
  | 'severalAccountable'
  | 'noResponsible'
  | 'overload'
  | 'oneTeamHandoff'
  | 'idleRole';

export interface RaciIssue {
  severity: RaciSeverity;
  rule: RaciRule;
  activityId?: string;
  roleId?: string;
  /** For the message: how many A's or R's, the threshold, the team. */
  count?: number;
}

export interface RaciCheck {
  issues: RaciIssue[];
  errors: number;
  warnings: number;
  notes: number;
}

/** What the rules need of one activity's row of letters. */
interface RowFacts {
  accountable: number;
  hasResponsible: boolean;
  /** The roles with a letter in the row, and those with an R. */
  roleIds: readonly string[];
  responsibleRoleIds: readonly string[];
}

const NO_LETTERS: RowFacts = {
  accountable: 0,
  hasResponsible: false,
  roleIds: [],
  responsibleRoleIds: [],
};

/**
 * Rows read once per version: an edit makes a new object of the row it changes and keeps
 * every other row as it was, so at a keystroke one row of 200 is read again, not the matrix.
 */
const factsOfRow = new WeakMap<Readonly<Record<string, RaciLetter>>, RowFacts>();

function rowFacts(row: Readonly<Record<string, RaciLetter>> | undefined): RowFacts {
  if (!row) return NO_LETTERS;
  let facts = factsOfRow.get(row);
  if (!facts) {
    const roleIds: string[] = [];
    const responsibleRoleIds: string[] = [];
    let accountable = 0;
    for (const roleId in row) {
      const letter = row[roleId];
      roleIds.push(roleId);
      if (letter === 'A') accountable += 1;
      else if (letter === 'R') responsibleRoleIds.push(roleId);
    }
    facts = {
      accountable,
      hasResponsible: responsibleRoleIds.length > 0,
      roleIds,
      responsibleRoleIds,
    };
    factsOfRow.set(row, facts);
  }
  return facts;
}

/**
 * The matrix checks itself: exactly one A and at least one R per activity
 * (errors); a role with more R's than the threshold, a handoff that involves
 * only one team (warnings); a role with nothing assigned (note).
 */
export function checkRaci(raci: RaciSection, teamKindOf: (teamId: string) => string): RaciCheck {
  const issues: RaciIssue[] = [];
  const roleTeam = new Map(raci.roles.map((r) => [r.id, r.teamId]));
  // Counted from the letters set, not from every row × role: a 200 × 40 matrix has 8,000
  // places and, typically, a few hundred letters, and this runs at every keystroke.
  const responsible = new Map<string, number>();
  const assigned = new Set<string>();

  for (const activity of raci.activities) {
    const row = rowFacts(raci.cells[activity.id]);
    if (row.accountable === 0)
      issues.push({ severity: 'error', rule: 'noAccountable', activityId: activity.id });
    if (row.accountable > 1)
      issues.push({
        severity: 'error',
        rule: 'severalAccountable',
        activityId: activity.id,
        count: row.accountable,
      });
    if (!row.hasResponsible)
      issues.push({ severity: 'error', rule: 'noResponsible', activityId: activity.id });
    if (activity.handoff && row.roleIds.length > 0) {
      const kinds = new Set(row.roleIds.map((roleId) => teamKindOf(roleTeam.get(roleId) ?? '')));
      if (!(kinds.has('marketing') && kinds.has('sales'))) {
        issues.push({ severity: 'warning', rule: 'oneTeamHandoff', activityId: activity.id });
      }
    }
    for (const roleId of row.roleIds) assigned.add(roleId);
    for (const roleId of row.responsibleRoleIds) {
      responsible.set(roleId, (responsible.get(roleId) ?? 0) + 1);
    }
  }

  for (const role of raci.roles) {
    const count = responsible.get(role.id) ?? 0;
    if (count > raci.overloadThreshold) {
      issues.push({ severity: 'warning', rule: 'overload', roleId: role.id, count });
    }
    if (!assigned.has(role.id))
      issues.push({ severity: 'note', rule: 'idleRole', roleId: role.id });
  }

  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (issue.severity === 'error') errors += 1;
    else if (issue.severity === 'warning') warnings += 1;
  }
  return { issues, errors, warnings, notes: issues.length - errors - warnings };
}

export interface Commitment {
  activityId: string;
  fromTeamId: string;
  toTeamId: string;
}

/**
 * Mutual accountability: a team owes another what it is Accountable for when
 * the other team takes part in it (R, C or I). "Marketing owes Sales: …".
 */
export function commitments(raci: RaciSection): Commitment[] {
  const roleTeam = new Map(raci.roles.map((r) => [r.id, r.teamId]));
  const result: Commitment[] = [];
  for (const activity of raci.activities) {
    const row = Object.entries(raci.cells[activity.id] ?? {});
    const owners = new Set(
      row.filter(([, l]) => l === 'A').map(([roleId]) => roleTeam.get(roleId) ?? ''),
    );
    const involved = new Set(
      row.filter(([, l]) => l !== 'A').map(([roleId]) => roleTeam.get(roleId) ?? ''),
    );
    for (const from of owners) {
      for (const to of involved) {
        if (from && to && from !== to)
          result.push({ activityId: activity.id, fromTeamId: from, toTeamId: to });
      }
    }
  }
  return result;
}

/** Letters per role: the workload heat map. */
export function workload(raci: RaciSection): Map<string, Record<RaciLetter, number>> {
  const load = new Map(raci.roles.map((r) => [r.id, { R: 0, A: 0, C: 0, I: 0 }]));
  for (const row of Object.values(raci.cells)) {
    for (const [roleId, letter] of Object.entries(row)) {
      const counts = load.get(roleId);
      if (counts) counts[letter] += 1;
    }
  }
  return load;
}
