import type { MethodInput, MethodName, MethodOutput } from './contract';
import { ApiError, type ApiEnvelope } from './envelope';

/** Carries one call to the host: IPC in Electron, HTTP in the browser shell. */
export type Transport = (method: MethodName, input: unknown) => Promise<ApiEnvelope>;

export type PlanApi = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;

/**
 * The typed client over any transport. The host validates every input, so the
 * client only unwraps the envelope and turns an error body into an ApiError.
 */
export function createApiClient(transport: Transport): PlanApi {
  return async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await transport(method, input);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as MethodOutput<M>;
  };
}

/** A read asked for before the app's code has loaded: a method and its input. */
export type EarlyCall = { [M in MethodName]: [method: M, input: MethodInput<M>] }[MethodName];

/**
 * Starts the given reads at once and serves each answer to the first identical
 * call, so the first screen's data travels while the app's code is still
 * loading instead of after it. Any other call first drops the answers not yet
 * taken: after a write, or a read it does not know, an early answer may be out
 * of date, and the caller gets a fresh one.
 */
export function withEarlyCalls(api: PlanApi, calls: EarlyCall[]): PlanApi {
  const early = new Map<string, Promise<unknown>>();
  for (const [method, input] of calls) {
    const answer = api(method, input);
    // Nobody may ever take it: its failure is the taker's to report, not an unhandled one.
    answer.catch(() => {});
    early.set(callKey(method, input), answer);
  }
  return (async (method, input) => {
    const key = callKey(method, input);
    const answer = early.get(key);
    if (answer === undefined) {
      early.clear();
      return api(method, input);
    }
    early.delete(key);
    return answer;
  }) as PlanApi;
}

function callKey(method: MethodName, input: unknown): string {
  return `${method} ${JSON.stringify(input)}`;
}
