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
