import * as z from 'zod';
import { actualsIntegrityIssues, ActualsSectionSchema, emptyActuals } from './actuals';
import { emptyWorkshop, WorkshopSectionSchema, workshopIntegrityIssues } from './workshop';
import {
  emptyFunnel,
  funnelIntegrityIssues,
  FunnelSectionSchema,
  type FunnelSection,
} from './funnel';
import { emptyGoals, goalsIntegrityIssues, GoalsSectionSchema } from './goals';
import { emptyHandoff, handoffIntegrityIssues, HandoffSectionSchema } from './handoff';
import { localTimeZone } from './business-calendar';
import { changedIssues } from './changed-check';
import { IdSchema } from './ids';
import type { SchemaIssue } from './refusals';
import { emptyRaci, raciIntegrityIssues, RaciSectionSchema } from './raci';
import { lazySchema } from './lazy-schema';

export { IdSchema };

/**
 * The plan document: everything the two leaders agree on, stored as one JSON
 * document per plan. Bump PLAN_SCHEMA_VERSION (and add a step to
 * plan-upgrade.ts) whenever a stored document would no longer parse.
 */
export const PLAN_SCHEMA_VERSION = 7;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const IsoDateSchema = lazySchema(() =>
  z.string().regex(ISO_DATE, 'must be a date as YYYY-MM-DD'),
);
export const LanguageSchema = lazySchema(() => z.enum(['en', 'es']));
export const CurrencySchema = lazySchema(() =>
  z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR'),
);

export const PLAN_NAME_MAX = 120;
export const PlanNameSchema = lazySchema(() =>
  z.string().trim().min(1, 'must not be empty').max(PLAN_NAME_MAX),
);
export const ClientNameSchema = lazySchema(() => z.string().trim().max(120));
/** A logo kept in the library, by the SHA-256 of its bytes. */
export const ImageIdSchema = lazySchema(() =>
  z.string().regex(/^[0-9a-f]{64}$/, 'must be an image id'),
);

export const PeriodSchema = lazySchema(() =>
  z
    .strictObject({ start: IsoDateSchema, end: IsoDateSchema })
    .refine((p) => p.start <= p.end, { message: 'end must not be before start', path: ['end'] }),
);

/** Marketing and sales always exist; 'other' teams (RevOps, CS…) may be added. */
export const TeamKindSchema = lazySchema(() => z.enum(['marketing', 'sales', 'other']));

export const TeamSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    kind: TeamKindSchema,
    name: z.string().trim().min(1, 'must not be empty').max(60),
  }),
);

export const PersonSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: z.string().trim().min(1, 'must not be empty').max(80),
    roleTitle: z.string().trim().max(80),
    teamId: IdSchema,
  }),
);

/** Each part of the plan and its own rules; what ties the parts together is planIntegrityIssues. */
export const PlanDocShape = lazySchema(() =>
  z.strictObject({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    id: IdSchema,
    name: PlanNameSchema,
    client: ClientNameSchema,
    /** The client's logo on the PDF's cover; the image is kept in the library. */
    clientLogoId: ImageIdSchema.nullable(),
    period: PeriodSchema,
    currency: CurrencySchema,
    language: LanguageSchema,
    teams: z.array(TeamSchema).max(20),
    people: z.array(PersonSchema).max(1000),
    funnel: FunnelSectionSchema,
    goals: GoalsSectionSchema,
    raci: RaciSectionSchema,
    handoff: HandoffSectionSchema,
    workshop: WorkshopSectionSchema,
    actuals: ActualsSectionSchema,
  }),
);

/** A rule that ties parts of the plan together, broken: where, and what. */
export interface PlanIntegrityIssue {
  path: Array<string | number>;
  message: string;
}

/**
 * The rules across parts: one marketing and one sales team, ids unique, every reference
 * (a person, a stage, a handoff, an activity) to something the plan has. Plain loops over
 * the parsed document, so a write can check them after parsing only what it changed.
 *
 * Given `before`, a valid plan that `doc` was made from by structural sharing, a rule is
 * checked only when one of the parts it reads is a new object: typing a letter into a
 * large RACI re-checks the matrix, not the goals, the handoff or the workshop. A reference
 * rule only asks that an id be there, so it is checked again when its own part changed or
 * a list it refers to lost an id: adding a person cannot break any of them.
 */
export function planIntegrityIssues(
  doc: PlanDocParts,
  before?: PlanDocParts,
): PlanIntegrityIssue[] {
  const changed = (...parts: Array<(d: PlanDocParts) => unknown>) =>
    before === undefined || parts.some((part) => part(doc) !== part(before));
  const issues: PlanIntegrityIssue[] = [];
  const within = (section: string, found: PlanIntegrityIssue[]) => {
    for (const issue of found)
      issues.push({ path: [section, ...issue.path], message: issue.message });
  };
  const teams = (d: PlanDocParts) => d.teams;
  const people = (d: PlanDocParts) => d.people;
  const stages = (d: PlanDocParts) => d.funnel.stages;
  const handoffs = (d: PlanDocParts) => d.funnel.handoffs;
  const activities = (d: PlanDocParts) => d.raci.activities;
  const teamIds = lazy(() => new Set(doc.teams.map((t) => t.id)));
  const personIds = lazy(() => new Set(doc.people.map((p) => p.id)));
  const stageIds = lazy(() => new Set(doc.funnel.stages.map((s) => s.id)));

  if (changed(teams)) {
    for (const kind of ['marketing', 'sales'] as const) {
      const count = doc.teams.filter((t) => t.kind === kind).length;
      if (count !== 1) {
        issues.push({
          path: ['teams'],
          message: `a plan has exactly one ${kind} team (found ${count})`,
        });
      }
    }
    if (teamIds().size !== doc.teams.length) {
      issues.push({ path: ['teams'], message: 'team ids must be unique' });
    }
  }
  const lostIds = new Map<(d: PlanDocParts) => ReadonlyArray<{ id: string }>, boolean>();
  const lost = (part: (d: PlanDocParts) => ReadonlyArray<{ id: string }>): boolean => {
    if (before === undefined) return true;
    let answer = lostIds.get(part);
    if (answer === undefined) lostIds.set(part, (answer = lostAnId(part(before), part(doc))));
    return answer;
  };

  if (changed((d) => d.funnel)) within('funnel', funnelIntegrityIssues(doc.funnel));
  if (changed((d) => d.goals) || lost(people) || lost(stages) || lost(handoffs)) {
    const handoffIds = new Set(doc.funnel.handoffs.map((h) => h.id));
    within(
      'goals',
      goalsIntegrityIssues(doc.goals, { personIds: personIds(), stageIds: stageIds(), handoffIds }),
    );
  }
  if (changed((d) => d.raci) || lost(teams) || lost(people)) {
    within('raci', raciIntegrityIssues(doc.raci, { teamIds: teamIds(), personIds: personIds() }));
  }
  if (changed((d) => d.handoff) || lost(stages) || lost(activities)) {
    const activityIds = new Set(doc.raci.activities.map((a) => a.id));
    within('handoff', handoffIntegrityIssues(doc.handoff, { stageIds: stageIds(), activityIds }));
  }
  if (changed((d) => d.workshop) || lost(people) || lost(teams)) {
    within(
      'workshop',
      workshopIntegrityIssues(doc.workshop, { personIds: personIds(), teamIds: teamIds() }),
    );
  }
  if (changed((d) => d.actuals) || lost(people)) {
    within('actuals', actualsIntegrityIssues(doc.actuals, { personIds: personIds() }));
  }
  if (changed(people, teams)) {
    const seen = new Set<string>();
    doc.people.forEach((person, index) => {
      if (!teamIds().has(person.teamId)) {
        issues.push({
          path: ['people', index, 'teamId'],
          message: `team ${person.teamId} does not exist`,
        });
      }
      if (seen.has(person.id)) {
        issues.push({ path: ['people', index, 'id'], message: 'duplicate id' });
      }
      seen.add(person.id);
    });
  }
  return issues;
}

type PlanDocParts = z.infer<typeof PlanDocShape>;

/** Whether a list lost an id it had (a new list object with the same ids lost none). */
function lostAnId(
  before: ReadonlyArray<{ id: string }>,
  after: ReadonlyArray<{ id: string }>,
): boolean {
  if (before === after) return false;
  const ids = new Set(after.map((item) => item.id));
  return before.some((item) => !ids.has(item.id));
}

/** A value computed the first time it is asked for, and only then. */
function lazy<T>(compute: () => T): () => T {
  let value: { current: T } | undefined;
  return () => (value ??= { current: compute() }).current;
}

export const PlanDocSchema = lazySchema(() =>
  PlanDocShape.superRefine((doc, ctx) => {
    for (const issue of planIntegrityIssues(doc)) ctx.addIssue({ code: 'custom', ...issue });
  }),
);

/**
 * What PlanDocSchema says of `next`, an edit of `before` (a valid plan) by structural
 * sharing: the parts that changed are parsed, and the rules across parts that read them
 * checked again.
 */
export function planChangeIssues(before: PlanDoc, next: unknown): SchemaIssue[] {
  const issues = changedIssues(PlanDocShape, before, next);
  if (issues.length > 0) return issues;
  return planIntegrityIssues(next as PlanDoc, before).map((issue) => ({
    code: 'custom',
    ...issue,
  }));
}

export type PlanDoc = z.infer<typeof PlanDocSchema>;
export type Team = z.infer<typeof TeamSchema>;
export type TeamKind = z.infer<typeof TeamKindSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type Period = z.infer<typeof PeriodSchema>;

export interface NewPlanInput {
  id: string;
  name: string;
  client: string;
  period: Period;
  currency: string;
  language: Language;
  /** Team names in the plan's language; ids are fixed so templates can refer to them. */
  teamNames: { marketing: string; sales: string };
  funnel?: FunnelSection;
  /** The team's zone for the SLA's business hours; the machine's when not given. */
  timeZone?: string;
}

export const MARKETING_TEAM_ID = 'team-marketing';
export const SALES_TEAM_ID = 'team-sales';

export function createPlanDoc(input: NewPlanInput): PlanDoc {
  return PlanDocSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: input.id,
    name: input.name,
    client: input.client,
    clientLogoId: null,
    period: input.period,
    currency: input.currency,
    language: input.language,
    teams: [
      { id: MARKETING_TEAM_ID, kind: 'marketing', name: input.teamNames.marketing },
      { id: SALES_TEAM_ID, kind: 'sales', name: input.teamNames.sales },
    ],
    people: [],
    funnel: input.funnel ?? emptyFunnel(),
    goals: emptyGoals(),
    raci: emptyRaci(),
    handoff: emptyHandoff(input.timeZone ?? localTimeZone()),
    workshop: emptyWorkshop(),
    actuals: emptyActuals(),
  });
}
