import {
  apiContract,
  isMethodName,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/envelope';
import { DomainError, describeIssues } from '../../shared/domain/errors';
import type { PlanService } from './plan-service';
import type { SettingsService } from './settings-service';
import type { SnapshotService } from './snapshot-service';

/** Methods that need a shell's printer; the library alone cannot answer them. */
export type PrinterMethod = 'report.pdf';
export type LibraryMethod = Exclude<MethodName, PrinterMethod>;

export type ApiHandlers = {
  [M in LibraryMethod]: (input: ParsedInput<M>) => MethodOutput<M>;
};

/** One line per contract method: the only place a method meets the service. */
export function createHandlers(
  plans: PlanService,
  settings: SettingsService,
  snapshots: SnapshotService,
): ApiHandlers {
  return {
    'plans.list': (input) => ({ plans: plans.list(input) }),
    'plans.create': (input) => plans.create(input),
    'plans.get': (input) => plans.get(input.id),
    'plans.rename': (input) => plans.rename(input.id, input.name),
    'plans.duplicate': (input) => plans.duplicate(input.id, input.name),
    'plans.delete': (input) => plans.delete(input.id),
    'plans.restore': (input) => plans.restore(input.id),
    'plans.purge': (input) => plans.purge(input.id),
    'plans.apply': (input) => plans.apply(input.id, input.commands, input.baseRevision),
    'plans.export': (input) => plans.exportFile(input.id),
    'plans.import': (input) => plans.importFile(input.content),
    'plans.signOff': (input) => snapshots.signOff(input.id),
    'snapshots.list': (input) => ({ snapshots: snapshots.list(input.id) }),
    'snapshots.get': (input) => snapshots.get(input.id, input.snapshotId),
    'snapshots.copy': (input) => snapshots.copy(input.id, input.snapshotId, input.name),
    'plans.undo': (input) => plans.undo(input.id),
    'plans.redo': (input) => plans.redo(input.id),
    'plans.history': (input) => ({ entries: plans.history(input.id, input.limit) }),
    'settings.get': () => settings.get(),
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
      return { ok: false, error: { code: 'NOT_FOUND', message: `unknown method ${method}` } };
    }
    const parsed = apiContract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: describeIssues(parsed.error.issues) },
      };
    }
    if (method === 'report.pdf') {
      return { ok: false, error: { code: 'IO', message: 'this shell has no PDF printer' } };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: handler(parsed.data) };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: { code: error.code, message: error.message } };
      }
      onUnexpected(error);
      return {
        ok: false,
        error: { code: 'IO', message: 'the plan library could not complete the request' },
      };
    }
  };
}
