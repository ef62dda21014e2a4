import { useMemo } from 'react';
import type { Team } from '../../../shared/domain/plan-doc';
import { emptyRaci, type RaciSection } from '../../../shared/domain/raci';
import { checkRaci, type RaciCheck } from '../../../shared/domain/raci-rules';
import type { AppState } from '../../store/app-store';
import { useAppStore } from '../../store/store-context';

const EMPTY = emptyRaci();
const NO_TEAMS: readonly Team[] = [];

/** The open plan's matrix (an empty one while none is open). */
export function raciOf(state: AppState): RaciSection {
  return state.current?.doc.raci ?? EMPTY;
}

export function useRaci(): RaciSection {
  return useAppStore(raciOf);
}

/** The teams of the plan by id: names for headers, kinds for the rules. */
export function useTeams() {
  const teams = useAppStore((s) => s.current?.doc.teams);
  return useMemo(() => new Map((teams ?? []).map((t) => [t.id, t])), [teams]);
}

/** What the rules found, in the shapes the grid's parts draw from. */
interface RaciFindings {
  check: RaciCheck;
  /** Each activity's broken rules, joined with "|". */
  problemsOf: ReadonlyMap<string, string>;
  /** Roles flagged as overloaded, joined with "|". */
  overloaded: string;
  /** Each role's flags, as text ("role:rule,rule|…"): unchanged flags compare equal. */
  roleFlags: string;
  /**
   * The activities with problems and how many each ("id:count|…"): what the rows' heights
   * and the "only problems" filter depend on, and, typing in a healthy row, unchanged.
   */
  problemRows: string;
}

const findingsOfRaci = new WeakMap<RaciSection, { teams: readonly Team[]; found: RaciFindings }>();

/**
 * The rules' findings for the open plan's matrix, worked out once per version of it, however
 * many rows and panels read them. Each part of the grid selects the piece it draws, so a
 * letter typed redraws the row it lands in (and the counts, the flags, the rows, when they
 * change), not the matrix around it.
 */
function findings(state: AppState): RaciFindings {
  const raci = raciOf(state);
  const teams = state.current?.doc.teams ?? NO_TEAMS;
  const cached = findingsOfRaci.get(raci);
  if (cached?.teams === teams) return cached.found;
  const kindOf = new Map(teams.map((team) => [team.id, team.kind]));
  const check = checkRaci(raci, (teamId) => kindOf.get(teamId) ?? 'other');
  const byActivity = new Map<string, string[]>();
  const byRole = new Map<string, string[]>();
  for (const issue of check.issues) {
    if (issue.activityId)
      byActivity.set(issue.activityId, [...(byActivity.get(issue.activityId) ?? []), issue.rule]);
    if (issue.roleId) byRole.set(issue.roleId, [...(byRole.get(issue.roleId) ?? []), issue.rule]);
  }
  const found: RaciFindings = {
    check,
    problemsOf: new Map([...byActivity].map(([id, rules]) => [id, rules.join('|')])),
    overloaded: [...byRole]
      .filter(([, rules]) => rules.includes('overload'))
      .map(([id]) => id)
      .join('|'),
    roleFlags: [...byRole].map(([id, rules]) => `${id}:${rules.join(',')}`).join('|'),
    problemRows: [...byActivity].map(([id, rules]) => `${id}:${rules.length}`).join('|'),
  };
  findingsOfRaci.set(raci, { teams, found });
  return found;
}

/** The matrix's own rules for the open plan, rechecked whenever a cell changes. */
export function raciCheckOf(state: AppState): RaciCheck {
  return findings(state).check;
}

/** One activity's broken rules, joined with "|" ("" when none). */
export function useActivityProblems(activityId: string): string {
  return useAppStore((s) => findings(s).problemsOf.get(activityId) ?? '');
}

/** The roles flagged as overloaded, joined with "|". */
export function useOverloadedRoles(): string {
  return useAppStore((s) => findings(s).overloaded);
}

/** Each role's flags (overload, idle), by role id. */
export function useRoleFlags(): ReadonlyMap<string, string[]> {
  const text = useAppStore((s) => findings(s).roleFlags);
  return useMemo(() => parseEntries(text, (rules) => rules.split(',')), [text]);
}

/** How many problems each activity with any has, by activity id. */
export function useProblemRows(): ReadonlyMap<string, number> {
  const text = useAppStore((s) => findings(s).problemRows);
  return useMemo(() => parseEntries(text, Number), [text]);
}

/** Reads "id:value|id:value" (ids are letters, digits, - and _). */
function parseEntries<T>(text: string, read: (value: string) => T): Map<string, T> {
  const map = new Map<string, T>();
  if (!text) return map;
  for (const entry of text.split('|')) {
    const at = entry.lastIndexOf(':');
    map.set(entry.slice(0, at), read(entry.slice(at + 1)));
  }
  return map;
}
