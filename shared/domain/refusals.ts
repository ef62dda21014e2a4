/**
 * Every reason the plan, the library or the shells can refuse something, as a code the
 * catalogues have a sentence for (`refusals.<code>` in every language) and the values that
 * sentence names. The English `message` of an error is for logs and the command line; a
 * screen only ever shows the refusal, so no id or English sentence reaches a Spanish user.
 */

/** The things a command names by id, and so the things that can be missing or repeated. */
export const THING_KINDS = [
  'plan',
  'version',
  'team',
  'person',
  'stage',
  'handoff',
  'scenario',
  'goal',
  'checkIn',
  'activity',
  'role',
  'criterion',
  'assessment',
  'decision',
  'action',
  'agendaItem',
  'approver',
  'topic',
  'actualsImport',
  'review',
  'vote',
  'template',
  'image',
] as const;
export type ThingKind = (typeof THING_KINDS)[number];

export const REFUSAL_CODES = [
  ...THING_KINDS.map((kind) => `missing.${kind}` as const),
  'duplicate',
  'undo.nothing',
  'undo.changedSince',
  'undo.nothingOfYours',
  'undo.noLongerApplies',
  'undo.beforeShared',
  'raci.accountableTaken',
  'redo.nothing',
  'redo.notYours',
  'team.builtIn',
  'team.hasPeople',
  'team.hasRoles',
  'plan.inTrash',
  'plan.notInTrash',
  'input.tooLong',
  'input.empty',
  'input.tooLarge',
  'input.tooSmall',
  'input.tooMany',
  'input.invalid',
  'import.tooLarge',
  'import.notJson',
  'import.notPlanFile',
  'import.unknownField',
  'import.newerVersion',
  'import.invalidPlan',
  'templateFile.tooLarge',
  'templateFile.notTemplate',
  'templateFile.isPlan',
  'templateFile.newerVersion',
  'templateFile.invalid',
  'logo.tooLarge',
  'logo.notImage',
  'logo.svgScript',
  'logo.svgExternal',
  'signOff.noMarketingApprover',
  'signOff.noSalesApprover',
  'signOff.noApprovers',
  'backup.unknown',
  'backup.damaged',
  'backup.checkFailed',
  'print.noBrowser',
  'print.browserMissing',
  'print.browserFailed',
  'library.notALibrary',
  'library.newerLibrary',
  'library.notWritable',
  'library.failed',
  'library.unreachable',
  'api.unknownMethod',
  'api.shellOnly',
  'teamServer.notConnected',
  'teamServer.viewer',
  'teamServer.unreachable',
  'teamServer.badCode',
  'teamServer.tooManyAttempts',
  'teamServer.newerSchema',
  'teamServer.refused',
  'room.unavailable',
  'room.badAddress',
  'room.cannotListen',
  'room.notOpen',
  'room.noActivity',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  code: RefusalCode;
  values?: Record<string, string | number>;
}

/** What zod says of a value, narrowed to what a refusal needs. */
export interface SchemaIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  origin?: string;
  maximum?: unknown;
  minimum?: unknown;
}

/**
 * The first problem of a value that failed its schema, as a refusal: too long, too large, too
 * small, empty, or otherwise not what the plan takes. The field is named by its last key so
 * the sentence can quote it without the path's array indexes.
 */
export function refusalOfIssues(issues: ReadonlyArray<SchemaIssue>): Refusal {
  const issue = issues[0];
  if (!issue) return { code: 'input.invalid', values: { field: '' } };
  const field = String([...issue.path].reverse().find((key) => typeof key === 'string') ?? '');
  const limit = (value: unknown): number => Number(value);
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') {
      return { code: 'input.tooLong', values: { field, max: limit(issue.maximum) } };
    }
    if (issue.origin === 'array' || issue.origin === 'set') {
      return { code: 'input.tooMany', values: { field, max: limit(issue.maximum) } };
    }
    return { code: 'input.tooLarge', values: { field, max: limit(issue.maximum) } };
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'string' || issue.origin === 'array') {
      return { code: 'input.empty', values: { field } };
    }
    return { code: 'input.tooSmall', values: { field, min: limit(issue.minimum) } };
  }
  return { code: 'input.invalid', values: { field } };
}
