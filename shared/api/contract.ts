import { ActivitySetupSchema, RoomAddressSchema, RoomInfoSchema } from './room';
import { PaperSizeSchema, ReportSectionSchema } from '../domain/report';
import * as z from 'zod';
import type { MethodName } from './method-names';
import { BackupFileNameSchema, BackupInfoSchema, LibraryStatusSchema } from './backups';
import { RefusedEditSchema, TeamConnectSchema, TeamStatusSchema } from './team';
import { TeamTemplateSummarySchema } from '../sync/protocol';
import { CommandSchema } from '../domain/commands';
import { FunnelTemplateIdSchema } from '../domain/funnel';
import {
  ClientNameSchema,
  CurrencySchema,
  IdSchema,
  LanguageSchema,
  PeriodSchema,
  PlanDocSchema,
  PlanNameSchema,
} from '../domain/plan-doc';
import {
  PlanTemplateSchema as OwnTemplateSchema,
  TEMPLATE_PARTS,
  TemplateMetaSchema,
} from '../templates/template';
import { lazySchema } from '../domain/lazy-schema';
import {
  HistoryEntrySchema,
  PlanAppliedSchema,
  PlanStateSchema,
  PlanSummarySchema,
  SnapshotSummarySchema,
} from './plan-state';

export const PlanTemplateSchema = FunnelTemplateIdSchema;

export const TemplatePartSchema = lazySchema(() => z.enum(TEMPLATE_PARTS));

/** An own template as the library lists it. */
export const TemplateSummarySchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: z.string(),
    description: z.string(),
    language: LanguageSchema,
    parts: z.array(TemplatePartSchema),
    createdAt: z.string(),
  }),
);
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

/** The consultant's own brand, carried by the PDF's cover and header and the presenter view. */
export const BrandSchema = lazySchema(() =>
  z.strictObject({
    name: z.string().trim().max(80),
    accent: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #RRGGBB')
      .nullable(),
    /** A logo kept in the library (images.add). */
    logoId: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
  }),
);
export type Brand = z.infer<typeof BrandSchema>;

export const SettingsSchema = lazySchema(() =>
  z.strictObject({
    language: LanguageSchema,
    paperSize: PaperSizeSchema,
    brand: BrandSchema,
  }),
);

const PlanRef = lazySchema(() => z.strictObject({ id: IdSchema }));
/**
 * The window (or tab) an edit comes from, a random id it picks when it opens: undo and redo
 * act on that window's own edits, never another's.
 */
const OriginSchema = lazySchema(() => z.string().regex(/^[\w-]{1,64}$/));
const PlanRefFromWindow = lazySchema(() =>
  z.strictObject({ id: IdSchema, origin: OriginSchema.optional() }),
);

/** A method's pair of schemas, built when the method is first called (or the host is idle). */
const route = <Input extends z.ZodType, Output extends z.ZodType>(
  build: () => { input: Input; output: Output },
) => lazySchema(build);

/**
 * The one API table: method → input schema → output schema. The Electron IPC
 * binding, the preload bridge, the browser shell's HTTP routes and the
 * renderer's client are all generated from it, and the host parses every
 * input with it before the service sees it.
 */
export const apiContract = {
  'plans.list': route(() => ({
    input: z.strictObject({ trash: z.boolean().optional() }),
    output: z.strictObject({ plans: z.array(PlanSummarySchema) }),
  })),
  'plans.create': route(() => ({
    input: z.strictObject({
      name: PlanNameSchema,
      client: ClientNameSchema.optional(),
      template: PlanTemplateSchema.optional(),
      /** Own templates, one for each part it should bring; a funnel here replaces `template`. */
      templates: z.partialRecord(TemplatePartSchema, IdSchema).optional(),
      language: LanguageSchema.optional(),
      currency: CurrencySchema.optional(),
      period: PeriodSchema.optional(),
    }),
    output: PlanStateSchema,
  })),
  'plans.get': route(() => ({ input: PlanRefFromWindow, output: PlanStateSchema })),
  /** A logo's bytes, checked by content (PNG, or SVG with nothing that runs or reaches out). */
  'images.add': route(() => ({
    input: z.strictObject({ base64: z.string().max(800_000) }),
    output: z.strictObject({ id: z.string(), type: z.enum(['image/png', 'image/svg+xml']) }),
  })),
  'images.get': route(() => ({
    input: z.strictObject({ id: z.string().regex(/^[0-9a-f]{64}$/) }),
    output: z.strictObject({ type: z.enum(['image/png', 'image/svg+xml']), base64: z.string() }),
  })),
  'templates.list': route(() => ({
    input: z.strictObject({}),
    output: z.strictObject({ templates: z.array(TemplateSummarySchema) }),
  })),
  /** The chosen parts of a plan kept as an own template, without the client's data. */
  'templates.save': route(() => ({
    input: TemplateMetaSchema.extend({
      planId: IdSchema,
      parts: z.array(TemplatePartSchema).min(1).max(TEMPLATE_PARTS.length),
    }),
    output: TemplateSummarySchema,
  })),
  'templates.get': route(() => ({
    input: z.strictObject({ id: IdSchema }),
    output: z.strictObject({ id: IdSchema, template: OwnTemplateSchema }),
  })),
  'templates.delete': route(() => ({
    input: z.strictObject({ id: IdSchema }),
    output: z.strictObject({ id: IdSchema }),
  })),
  'templates.export': route(() => ({
    input: z.strictObject({ id: IdSchema }),
    output: z.strictObject({ fileName: z.string(), content: z.string() }),
  })),
  /** An own template shared with the team, through its server. */
  'templates.share': route(() => ({
    input: z.strictObject({ id: IdSchema }),
    output: z.strictObject({ shared: z.literal(true) }),
  })),
  /** The templates the team's members shared, with who shared each. */
  'templates.team': route(() => ({
    input: z.strictObject({}),
    output: z.strictObject({ templates: z.array(TeamTemplateSummarySchema) }),
  })),
  /** A template of the team's kept as this library's own. */
  'templates.takeFromTeam': route(() => ({
    input: z.strictObject({ id: z.string().uuid() }),
    output: TemplateSummarySchema,
  })),
  /** A template file's text; the host checks it whole before keeping it. */
  'templates.import': route(() => ({
    input: z.strictObject({ content: z.string().max(4_000_000) }),
    output: TemplateSummarySchema,
  })),
  'plans.rename': route(() => ({
    input: z.strictObject({ id: IdSchema, name: PlanNameSchema }),
    output: PlanStateSchema,
  })),
  'plans.duplicate': route(() => ({
    input: z.strictObject({ id: IdSchema, name: PlanNameSchema.optional() }),
    output: PlanStateSchema,
  })),
  'plans.delete': route(() => ({ input: PlanRef, output: PlanSummarySchema })),
  'plans.restore': route(() => ({ input: PlanRef, output: PlanSummarySchema })),
  'plans.purge': route(() => ({ input: PlanRef, output: z.strictObject({ id: IdSchema }) })),
  'plans.apply': route(() => ({
    input: z.strictObject({
      id: IdSchema,
      commands: z.array(CommandSchema).min(1).max(500),
      /** The revision the caller's edit was made on; an older one is applied to the newest. */
      baseRevision: z.number().int().nonnegative().optional(),
      origin: OriginSchema.optional(),
      /**
       * The caller holds the document at `baseRevision` and applied the same commands to it
       * itself (the same reducer): when no other edit came between, the answer leaves the
       * document out, since the caller's is the same. A window typing into a large plan was
       * sent the whole plan back, and read it, at every key.
       */
      knownResult: z.boolean().optional(),
    }),
    output: PlanAppliedSchema,
  })),
  'plans.export': route(() => ({
    input: PlanRef,
    output: z.strictObject({ fileName: z.string(), content: z.string() }),
  })),
  /** A plan file's text; the host checks it whole and creates a new plan from it. */
  'plans.import': route(() => ({
    input: z.strictObject({ content: z.string().max(12_000_000) }),
    output: PlanStateSchema,
  })),
  /**
   * The plan printed as a PDF by the shell's printer (Electron's printToPDF, or
   * headless Chromium in the browser shell), in the chosen language and paper.
   */
  'report.pdf': route(() => ({
    input: z.strictObject({
      id: IdSchema,
      paper: PaperSizeSchema,
      language: LanguageSchema,
      sections: z.array(ReportSectionSchema).max(20),
    }),
    output: z.strictObject({ fileName: z.string(), base64: z.string() }),
  })),
  /** Marks the plan agreed: saves it as the next version, once both sides have an approver. */
  'plans.signOff': route(() => ({ input: PlanRef, output: SnapshotSummarySchema })),
  'snapshots.list': route(() => ({
    input: PlanRef,
    output: z.strictObject({ snapshots: z.array(SnapshotSummarySchema) }),
  })),
  'snapshots.get': route(() => ({
    input: z.strictObject({ id: IdSchema, snapshotId: IdSchema }),
    output: z.strictObject({ snapshot: SnapshotSummarySchema, doc: PlanDocSchema }),
  })),
  'snapshots.copy': route(() => ({
    input: z.strictObject({ id: IdSchema, snapshotId: IdSchema, name: PlanNameSchema }),
    output: PlanStateSchema,
  })),
  'plans.undo': route(() => ({ input: PlanRefFromWindow, output: PlanStateSchema })),
  'plans.redo': route(() => ({ input: PlanRefFromWindow, output: PlanStateSchema })),
  'plans.history': route(() => ({
    input: z.strictObject({ id: IdSchema, limit: z.number().int().min(1).max(1000).optional() }),
    output: z.strictObject({ entries: z.array(HistoryEntrySchema) }),
  })),
  /** Whether the library was found damaged at start, and the newest backup that checks out. */
  'library.status': route(() => ({ input: z.strictObject({}), output: LibraryStatusSchema })),
  /** The leaders chose to go on with the fresh library: stop offering the backup. */
  'library.dismissRecovery': route(() => ({
    input: z.strictObject({}),
    output: LibraryStatusSchema,
  })),
  'backups.list': route(() => ({
    input: z.strictObject({}),
    output: z.strictObject({ backups: z.array(BackupInfoSchema) }),
  })),
  'backups.create': route(() => ({ input: z.strictObject({}), output: BackupInfoSchema })),
  /** Replaces the whole library with a backup's contents, after backing up the library as it is. */
  'backups.restore': route(() => ({
    input: z.strictObject({ fileName: BackupFileNameSchema }),
    output: z.strictObject({
      restored: BackupInfoSchema,
      safetyBackup: BackupInfoSchema.nullable(),
    }),
  })),
  /** This laptop's team server: who it is, whether its shared plans are in sync. */
  'team.status': route(() => ({ input: z.strictObject({}), output: TeamStatusSchema })),
  /** Joins a team with an invite code; the token is kept by the shell, out of the library. */
  'team.connect': route(() => ({ input: TeamConnectSchema, output: TeamStatusSchema })),
  /** Shares a plan of this library with the team. */
  'team.share': route(() => ({
    input: z.strictObject({ id: IdSchema }),
    output: TeamStatusSchema,
  })),
  /** Pushes waiting changes and pulls the team's, now. */
  'team.sync': route(() => ({ input: z.strictObject({}), output: TeamStatusSchema })),
  /** The changes the server did not apply, each with why. */
  'team.refused': route(() => ({
    input: z.strictObject({}),
    output: z.strictObject({ edits: z.array(RefusedEditSchema) }),
  })),
  /** Leaves the team: its plans stay here as this computer's own copies. */
  'team.leave': route(() => ({ input: z.strictObject({}), output: TeamStatusSchema })),
  'team.dismissRefused': route(() => ({
    input: z.strictObject({ id: z.number().int() }),
    output: TeamStatusSchema,
  })),
  /** This computer's local-network addresses, to open the workshop room on. */
  'room.addresses': route(() => ({
    input: z.strictObject({}),
    output: z.strictObject({ addresses: z.array(RoomAddressSchema) }),
  })),
  /** Opens the workshop room for a plan on one address (closing any room open before). */
  'room.open': route(() => ({
    input: z.strictObject({ planId: IdSchema, address: z.string().min(1).max(64) }),
    output: RoomInfoSchema,
  })),
  'room.status': route(() => ({ input: z.strictObject({}), output: RoomInfoSchema })),
  'room.close': route(() => ({ input: z.strictObject({}), output: RoomInfoSchema })),
  /** Locks or opens joining; a rotation gives a new code and QR link (the old stop working). */
  'room.joining': route(() => ({
    input: z.strictObject({ locked: z.boolean().optional(), rotate: z.boolean().optional() }),
    output: RoomInfoSchema,
  })),
  'room.remove': route(() => ({
    input: z.strictObject({ participantId: IdSchema }),
    output: RoomInfoSchema,
  })),
  /** Hides an idea card, shows it again, or merges it into another. */
  'room.idea': route(() => ({
    input: z.strictObject({
      cardId: IdSchema,
      hidden: z.boolean().optional(),
      mergeInto: IdSchema.optional(),
    }),
    output: RoomInfoSchema,
  })),
  /** Starts an activity (the one before ends; keep its results first). */
  'room.start': route(() => ({
    input: z.strictObject({ setup: ActivitySetupSchema }),
    output: RoomInfoSchema,
  })),
  /** Locks the running activity, or reveals its results on the projector. */
  'room.activity': route(() => ({
    input: z.strictObject({ locked: z.boolean().optional(), revealed: z.boolean().optional() }),
    output: RoomInfoSchema,
  })),
  /**
   * The app's preferences. `systemLanguage` is the asking window's system language: the
   * interface's until someone chooses one.
   */
  'settings.get': route(() => ({
    input: z.strictObject({ systemLanguage: LanguageSchema.optional() }),
    output: SettingsSchema,
  })),
  'settings.set': route(() => ({
    input: SettingsSchema.partial().strict(),
    output: SettingsSchema,
  })),
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type ApiContract = typeof apiContract;
export {
  BACKUP_FILE_PATTERN,
  type BackupInfo,
  type BackupReason,
  type LibraryStatus,
} from './backups';
export { METHOD_NAMES, type MethodName } from './method-names';
export {
  HistoryEntrySchema,
  PlanAppliedSchema,
  PlanStateSchema,
  PlanSummarySchema,
  SnapshotSummarySchema,
  type HistoryEntry,
  type PlanApplied,
  type PlanState,
  type PlanSummary,
  type SnapshotSummary,
} from './plan-state';
export type MethodInput<M extends MethodName> = z.input<ApiContract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<ApiContract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<ApiContract[M]['output']>;

/** The schema-free list of names (for the preload and the IPC binding) is this table's keys. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: SameKeys<keyof ApiContract, MethodName> = true;
void namesMatchContract;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(apiContract, name);
}

export type Settings = z.infer<typeof SettingsSchema>;
