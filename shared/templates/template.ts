import * as z from 'zod';
import { BusinessCalendarSchema } from '../domain/business-calendar';
import { HandoffSchema, StageSchema } from '../domain/funnel';
import {
  FrameworkSchema,
  RejectReasonSchema,
  ReviewCadenceSchema,
  ScoringModelSchema,
  SlaSchema,
  SlaTermSchema,
  StageDefinitionSchema,
} from '../domain/handoff';
import { IdSchema } from '../domain/ids';
import { LanguageSchema, TeamKindSchema } from '../domain/plan-doc';
import { RaciActivitySchema, RaciLetterSchema } from '../domain/raci';
import { AgendaItemSchema } from '../domain/workshop';
import { TEMPLATE_PARTS, type TemplatePartName } from './template-parts';
import { lazySchema } from '../domain/lazy-schema';

/**
 * A consultant's own template: the parts of a plan their method repeats from client to
 * client, without anything that belongs to one client: no people, no values typed for a
 * target, no decisions, no actuals. Parts that point at another part's things (an SLA term
 * at a RACI activity, a definition at a stage) name them, so they land on the plan's own
 * stage or activity of that name whatever its id.
 */
export const TEMPLATE_FORMAT = 'smarketing-template';
export const TEMPLATE_FILE_EXTENSION = '.smarketing-template.json';
/** The shape of the parts below; a file from a later build that changed them is refused. */
export const TEMPLATE_VERSION = 1;

export { TEMPLATE_PARTS, type TemplatePartName } from './template-parts';

const Name = lazySchema(() => z.string().trim().min(1, 'must not be empty'));

export const TemplateFunnelSchema = lazySchema(() =>
  z.strictObject({
    stages: z.array(StageSchema).min(1, 'must have at least one stage').max(500),
    /** The rates are the template's presets: a plan started from it shows the gap to them. */
    handoffs: z.array(HandoffSchema).max(1000),
  }),
);

export const TemplateRoleSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: Name.max(80),
    /** Roles belong to a kind of team, not to one plan's team. */
    team: TeamKindSchema,
  }),
);

export const TemplateRaciSchema = lazySchema(() =>
  z.strictObject({
    activities: z.array(RaciActivitySchema).min(1, 'must have at least one activity').max(500),
    roles: z.array(TemplateRoleSchema).max(100),
    cells: z.record(IdSchema, z.record(IdSchema, RaciLetterSchema)),
    overloadThreshold: z.number().int().min(1).max(100),
    /** What the third team is called, when roles sit in one. */
    otherTeamName: z.string().trim().min(1).max(60).nullable(),
  }),
);

export const TemplateHandoffSchema = lazySchema(() => {
  const SlaTermsShape = SlaSchema.shape;
  return z.strictObject({
    definitions: z.array(StageDefinitionSchema.extend({ stageName: Name.max(60) })).max(500),
    framework: FrameworkSchema,
    scoring: ScoringModelSchema,
    sla: z.strictObject({
      /** The stage marketing hands over at, by name. */
      handoffStageName: Name.max(60).nullable(),
      acceptanceRate: SlaTermsShape.acceptanceRate,
      firstResponseHours: SlaTermsShape.firstResponseHours,
      contactAttempts: SlaTermsShape.contactAttempts,
      acceptWindowHours: SlaTermsShape.acceptWindowHours,
      reasonCodes: z.array(RejectReasonSchema).max(6),
      rejectedRoute: SlaTermsShape.rejectedRoute,
      escalation: SlaTermsShape.escalation,
      reviewCadence: ReviewCadenceSchema,
      /** SLA term → the name of the RACI activity that covers it. */
      raciLinks: z.partialRecord(SlaTermSchema, Name.max(120)),
      /** Working days and hours; the client's time zone and holidays are the plan's own. */
      hours: BusinessCalendarSchema.pick({ workingDays: true, opensAt: true, closesAt: true }),
    }),
  });
});

export const TemplateAgendaSchema = lazySchema(() =>
  z.strictObject({
    items: z
      .array(AgendaItemSchema.pick({ topic: true, title: true, minutes: true }))
      .min(1, 'must have at least one item')
      .max(50),
  }),
);

export const TemplatePartsSchema = lazySchema(() =>
  z
    .strictObject({
      funnel: TemplateFunnelSchema.optional(),
      raci: TemplateRaciSchema.optional(),
      handoff: TemplateHandoffSchema.optional(),
      agenda: TemplateAgendaSchema.optional(),
    })
    .superRefine((parts, ctx) => {
      if (TEMPLATE_PARTS.every((part) => parts[part] === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'a template has at least one part', path: [] });
      }
      for (const issue of templateIntegrityIssues(parts))
        ctx.addIssue({ code: 'custom', ...issue });
    }),
);

export const TemplateMetaSchema = lazySchema(() =>
  z.strictObject({
    name: Name.max(80),
    description: z.string().trim().max(500),
    language: LanguageSchema,
  }),
);

/** A template as a file holds it and as the library keeps it. */
export const PlanTemplateSchema = lazySchema(() =>
  TemplateMetaSchema.extend({
    version: z.literal(TEMPLATE_VERSION),
    parts: TemplatePartsSchema,
  }),
);

export type TemplateFunnel = z.infer<typeof TemplateFunnelSchema>;
export type TemplateRaci = z.infer<typeof TemplateRaciSchema>;
export type TemplateHandoff = z.infer<typeof TemplateHandoffSchema>;
export type TemplateAgenda = z.infer<typeof TemplateAgendaSchema>;
export type TemplateParts = z.infer<typeof TemplatePartsSchema>;
export type TemplateMeta = z.infer<typeof TemplateMetaSchema>;
export type PlanTemplate = z.infer<typeof PlanTemplateSchema>;

/** The parts a template holds, in the order the plan shows them. */
export function partsOf(parts: TemplateParts): TemplatePartName[] {
  return TEMPLATE_PARTS.filter((part) => parts[part] !== undefined);
}

type Issue = { path: Array<string | number>; message: string };

/**
 * What ties a template's parts together, each within its part: a handoff between stages of
 * the funnel, a letter in a row and column of the matrix, ids not repeated.
 */
export function templateIntegrityIssues(parts: {
  funnel?: TemplateFunnel | undefined;
  raci?: TemplateRaci | undefined;
}): Issue[] {
  const issues: Issue[] = [];
  if (parts.funnel) {
    const stages = uniqueIds(parts.funnel.stages, ['funnel', 'stages'], issues);
    uniqueIds(parts.funnel.handoffs, ['funnel', 'handoffs'], issues);
    parts.funnel.handoffs.forEach((handoff, index) => {
      for (const end of ['source', 'target'] as const) {
        if (!stages.has(handoff[end])) {
          issues.push({
            path: ['funnel', 'handoffs', index, end],
            message: `stage ${handoff[end]} is not in the template`,
          });
        }
      }
    });
  }
  if (parts.raci) {
    const activities = uniqueIds(parts.raci.activities, ['raci', 'activities'], issues);
    const roles = uniqueIds(parts.raci.roles, ['raci', 'roles'], issues);
    for (const [activityId, row] of Object.entries(parts.raci.cells)) {
      if (!activities.has(activityId)) {
        issues.push({
          path: ['raci', 'cells', activityId],
          message: `activity ${activityId} is not in the template`,
        });
      }
      for (const roleId of Object.keys(row)) {
        if (!roles.has(roleId)) {
          issues.push({
            path: ['raci', 'cells', activityId, roleId],
            message: `role ${roleId} is not in the template`,
          });
        }
      }
    }
    const other = parts.raci.roles.some((role) => role.team === 'other');
    if (other && parts.raci.otherTeamName === null) {
      issues.push({ path: ['raci', 'otherTeamName'], message: 'must name the third team' });
    }
  }
  return issues;
}

function uniqueIds(
  items: ReadonlyArray<{ id: string }>,
  path: Array<string | number>,
  issues: Issue[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: [...path, index, 'id'], message: 'duplicate id' });
    seen.add(item.id);
  });
  return seen;
}
