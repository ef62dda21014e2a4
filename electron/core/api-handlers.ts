import {
  apiContract,
  isMethodName,
  type MethodName,
  type MethodOutput,
  type PlanApplied,
  type ParsedInput,
} from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/envelope';
import { DomainError, describeIssues } from '../../shared/domain/errors';
import { refusalOfIssues } from '../../shared/domain/refusals';
import type { PlanService } from './plan-service';
import type { SettingsService } from './settings-service';
import type { SnapshotService } from './snapshot-service';
import type { LibraryRecovery } from './library-recovery';
import type { TemplateService } from './template-service';
import type { ImageService } from './image-service';

/** Methods that need a shell's printer; the library alone cannot answer them. */
export type PrinterMethod = 'report.pdf';
/**
 * Methods that take time, answered asynchronously: SQLite's backup API copies in steps,
 * and the team's go over the network. One list gives both the type and the runtime check.
 */
const ASYNC_METHOD_NAMES = [
  'backups.create',
  'backups.restore',
  'team.status',
  'team.connect',
  'team.share',
  'team.sync',
  'team.refused',
  'team.leave',
  'team.dismissRefused',
  'templates.share',
  'templates.team',
  'templates.takeFromTeam',
  'room.addresses',
  'room.open',
  'room.status',
  'room.close',
  'room.joining',
  'room.remove',
  'room.idea',
  'room.start',
  'room.activity',
] as const satisfies readonly MethodName[];
export type AsyncMethod = (typeof ASYNC_METHOD_NAMES)[number];
export type LibraryMethod = Exclude<MethodName, PrinterMethod | AsyncMethod>;
const ASYNC_METHODS: ReadonlySet<string> = new Set<string>(['report.pdf', ...ASYNC_METHOD_NAMES]);

export type ApiHandlers = {
  [M in LibraryMethod]: (input: ParsedInput<M>) => MethodOutput<M>;
};

export type AsyncHandlers = {
  [M in AsyncMethod]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};

/** One line per contract method: the only place a method meets the service. */
export function createHandlers(
  plans: PlanService,
  settings: SettingsService,
  snapshots: SnapshotService,
  recovery: LibraryRecovery,
  templates: TemplateService,
  images: ImageService,
): ApiHandlers {
  return {
    'library.status': () => recovery.status(),
    'library.dismissRecovery': () => recovery.dismiss(),
    'backups.list': () => ({ backups: recovery.backups.list() }),
    'plans.list': (input) => ({ plans: plans.list(input) }),
    'plans.create': ({ templates: chosen, ...input }) =>
      plans.create({
        ...input,
        ...(chosen && Object.keys(chosen).length > 0
          ? { fromTemplates: templates.partsFor(chosen) }
          : {}),
      }),
    'images.add': (input) => images.add(input.base64),
    'images.get': (input) => images.get(input.id),
    'templates.list': () => ({ templates: templates.list() }),
    'templates.save': ({ planId, parts, ...meta }) => templates.saveFromPlan(planId, meta, parts),
    'templates.get': (input) => ({ id: input.id, template: templates.get(input.id) }),
    'templates.delete': (input) => templates.remove(input.id),
    'templates.export': (input) => templates.exportFile(input.id),
    'templates.import': (input) => templates.importFile(input.content),
    'plans.get': (input) => plans.get(input.id, input.origin),
    'plans.rename': (input) => plans.rename(input.id, input.name),
    'plans.duplicate': (input) => plans.duplicate(input.id, input.name),
    'plans.delete': (input) => plans.delete(input.id),
    'plans.restore': (input) => plans.restore(input.id),
    'plans.purge': (input) => plans.purge(input.id),
    'plans.apply': ({ id, commands, baseRevision, origin, knownResult }) => {
      const state = plans.apply(id, commands, baseRevision, origin);
      // Applied straight onto the caller's revision: its document is this one.
      if (!knownResult || baseRevision === undefined || state.plan.revision !== baseRevision + 1)
        return state;
      const answer: PlanApplied = { ...state };
      delete answer.doc;
      return answer;
    },
    'plans.export': (input) => plans.exportFile(input.id),
    'plans.import': (input) => plans.importFile(input.content),
    'plans.signOff': (input) => snapshots.signOff(input.id),
    'snapshots.list': (input) => ({ snapshots: snapshots.list(input.id) }),
    'snapshots.get': (input) => snapshots.get(input.id, input.snapshotId),
    'snapshots.copy': (input) => snapshots.copy(input.id, input.snapshotId, input.name),
    'plans.undo': (input) => plans.undo(input.id, input.origin),
    'plans.redo': (input) => plans.redo(input.id, input.origin),
    'plans.history': (input) => ({ entries: plans.history(input.id, input.limit) }),
    'settings.get': (input) => settings.get(input.systemLanguage),
    'settings.set': (input) => settings.set(input),
  };
}

export type ApiDispatcher = (method: string, rawInput: unknown) => ApiEnvelope;
/** What the transports call: library methods answer at once, printing takes a while. */
export type ShellDispatcher = (
  method: string,
  rawInput: unknown,
) => ApiEnvelope | Promise<ApiEnvelope>;

/**
 * Both transports call this: it parses the input with the contract before the
 * service sees it and turns every failure into a stable {code, message}. An
 * unexpected exception is reported as IO without its stack.
 */
export function createDispatcher(
  handlers: ApiHandlers,
  onUnexpected: (error: unknown) => void = () => {},
): ApiDispatcher {
  return (method, rawInput) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: {
          code: 'NOT_FOUND',
          message: `unknown method ${method}`,
          refusal: { code: 'api.unknownMethod', values: { method } },
        },
      };
    }
    const parsed = apiContract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: describeIssues(parsed.error.issues),
          refusal: refusalOfIssues(parsed.error.issues),
        },
      };
    }
    if (ASYNC_METHODS.has(method)) {
      return {
        ok: false,
        error: {
          code: 'IO',
          message: `${method} is answered by the shell`,
          refusal: { code: 'api.shellOnly' },
        },
      };
    }
    try {
      const handler = handlers[method as LibraryMethod] as (input: unknown) => unknown;
      return { ok: true, value: handler(parsed.data) };
    } catch (error) {
      return failure(error, onUnexpected);
    }
  };
}

/** Adds the methods that take time (backups, the team server) to a library's dispatcher. */
export function withAsyncMethods(
  dispatch: ApiDispatcher,
  handlers: AsyncHandlers,
  onUnexpected: (error: unknown) => void = () => {},
): ShellDispatcher {
  const isAsync = (method: string): method is AsyncMethod =>
    (ASYNC_METHOD_NAMES as readonly string[]).includes(method);
  return async (method, rawInput) => {
    if (!isAsync(method)) return dispatch(method, rawInput);
    const parsed = apiContract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: describeIssues(parsed.error.issues),
          refusal: refusalOfIssues(parsed.error.issues),
        },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return failure(error, onUnexpected);
    }
  };
}

function failure(error: unknown, onUnexpected: (error: unknown) => void): ApiEnvelope {
  if (error instanceof DomainError) {
    return {
      ok: false,
      error: { code: error.code, message: error.message, refusal: error.refusal },
    };
  }
  onUnexpected(error);
  return {
    ok: false,
    error: {
      code: 'IO',
      message: 'the plan library could not complete the request',
      refusal: { code: 'library.failed' },
    },
  };
}
