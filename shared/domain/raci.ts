import * as z from 'zod';
import { IdSchema } from './ids';
import { lazySchema } from './lazy-schema';

export const RaciLetterSchema = lazySchema(() => z.enum(['R', 'A', 'C', 'I']));

/** The phases a smarketing activity belongs to, in the order a lead lives through them. */
export const RACI_PHASES = [
  'plan',
  'generate',
  'qualify',
  'handoff',
  'close',
  'retain',
  'review',
] as const;
export const RaciPhaseSchema = lazySchema(() => z.enum(RACI_PHASES));

export const RaciActivitySchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: z.string().trim().min(1, 'must not be empty').max(120),
    phase: RaciPhaseSchema,
    /** A handoff between the teams: it should involve someone from each side. */
    handoff: z.boolean(),
  }),
);

/** A column of the matrix: a role (or a named person) in one team. */
export const RaciRoleSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: z.string().trim().min(1, 'must not be empty').max(80),
    teamId: IdSchema,
    personId: IdSchema.nullable(),
  }),
);

export const RaciSectionSchema = lazySchema(() =>
  z.strictObject({
    activities: z.array(RaciActivitySchema).max(500),
    roles: z.array(RaciRoleSchema).max(100),
    /** cells[activityId][roleId] = letter; an empty cell is simply absent. */
    cells: z.record(IdSchema, z.record(IdSchema, RaciLetterSchema)),
    /** More R's than this on one role is flagged as overload. */
    overloadThreshold: z.number().int().min(1).max(100),
  }),
);

export type RaciLetter = z.infer<typeof RaciLetterSchema>;
export type RaciPhase = z.infer<typeof RaciPhaseSchema>;
export type RaciActivity = z.infer<typeof RaciActivitySchema>;
export type RaciRole = z.infer<typeof RaciRoleSchema>;
export type RaciSection = z.infer<typeof RaciSectionSchema>;

export function emptyRaci(): RaciSection {
  return { activities: [], roles: [], cells: {}, overloadThreshold: 6 };
}

type Issue = { path: (string | number)[]; message: string };

/** Cells on existing rows and columns, roles in existing teams and of existing people. */
export function raciIntegrityIssues(
  raci: RaciSection,
  refs: { teamIds: ReadonlySet<string>; personIds: ReadonlySet<string> },
): Issue[] {
  const issues: Issue[] = [];
  const activityIds = new Set<string>();
  raci.activities.forEach((a, i) => {
    if (activityIds.has(a.id))
      issues.push({ path: ['activities', i, 'id'], message: `duplicate activity id ${a.id}` });
    activityIds.add(a.id);
  });
  const roleIds = new Set<string>();
  raci.roles.forEach((r, i) => {
    if (roleIds.has(r.id))
      issues.push({ path: ['roles', i, 'id'], message: `duplicate role id ${r.id}` });
    roleIds.add(r.id);
    if (!refs.teamIds.has(r.teamId))
      issues.push({ path: ['roles', i, 'teamId'], message: `team ${r.teamId} does not exist` });
    if (r.personId !== null && !refs.personIds.has(r.personId)) {
      issues.push({
        path: ['roles', i, 'personId'],
        message: `person ${r.personId} does not exist`,
      });
    }
  });
  for (const [activityId, row] of Object.entries(raci.cells)) {
    if (!activityIds.has(activityId))
      issues.push({
        path: ['cells', activityId],
        message: `activity ${activityId} does not exist`,
      });
    for (const roleId of Object.keys(row)) {
      if (!roleIds.has(roleId))
        issues.push({
          path: ['cells', activityId, roleId],
          message: `role ${roleId} does not exist`,
        });
    }
  }
  return issues;
}
