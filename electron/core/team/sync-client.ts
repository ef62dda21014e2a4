import { DomainError } from '../../../shared/domain/errors';
import {
  JoinResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  ShareTemplateResponseSchema,
  TeamTemplateResponseSchema,
  TeamTemplatesResponseSchema,
  type JoinResponse,
  type TeamTemplateSummary,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../../shared/sync/protocol';
import type { PlanTemplate } from '../../../shared/templates/template';

/** Why a call to the team server did not go through: unreachable, or its refusal code. */
export class TeamServerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TeamServerError';
  }
}

/** The team server's API as a device calls it: JSON over HTTP(S), its answers checked. */
export class SyncClient {
  constructor(
    private readonly server: string,
    private readonly token: string | null,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  join(code: string, deviceName: string): Promise<JoinResponse> {
    return this.call('/v1/join', { code, deviceName }, JoinResponseSchema.parse);
  }

  push(request: PushRequest): Promise<PushResponse> {
    return this.call('/v1/push', request, PushResponseSchema.parse);
  }

  pull(request: PullRequest): Promise<PullResponse> {
    return this.call('/v1/pull', request, PullResponseSchema.parse);
  }

  shareTemplate(template: PlanTemplate): Promise<{ id: string }> {
    return this.call('/v1/templates/share', { template }, ShareTemplateResponseSchema.parse);
  }

  teamTemplates(): Promise<{ templates: TeamTemplateSummary[] }> {
    return this.call('/v1/templates/list', {}, TeamTemplatesResponseSchema.parse);
  }

  teamTemplate(id: string): Promise<{ template: PlanTemplate }> {
    return this.call('/v1/templates/get', { id }, TeamTemplateResponseSchema.parse);
  }

  /** Gives up this device's token on the server (leaving the team); quick, or not at all. */
  async leave(): Promise<void> {
    await this.fetchImpl(`${this.server}/v1/leave`, {
      method: 'POST',
      headers: this.headers(),
      body: '{}',
      signal: AbortSignal.timeout(3000),
    });
  }

  /** The "something changed" stream; resolves when it ends (the caller reconnects). */
  async listen(onChange: () => void, signal: AbortSignal): Promise<void> {
    const response = await this.fetchImpl(`${this.server}/v1/events`, {
      headers: this.headers(),
      signal,
    });
    if (!response.ok || !response.body) {
      throw new TeamServerError('UNAVAILABLE', `events: ${response.status}`);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += decoder.decode(value, { stream: true });
      let end = buffered.indexOf('\n\n');
      while (end >= 0) {
        if (buffered.slice(0, end).includes('event: changed')) onChange();
        buffered = buffered.slice(end + 2);
        end = buffered.indexOf('\n\n');
      }
    }
  }

  private headers(): Record<string, string> {
    return {
      'Content-Type': 'application/json',
      ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
    };
  }

  private async call<T>(path: string, body: unknown, parse: (value: unknown) => T): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.server}${path}`, {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new TeamServerError(
        'OFFLINE',
        error instanceof Error ? error.message : 'the team server cannot be reached',
      );
    }
    const answer = (await response.json().catch(() => null)) as unknown;
    if (!response.ok) {
      const failure = (answer as { error?: { code?: string; message?: string } } | null)?.error;
      throw new TeamServerError(
        failure?.code ?? 'UNAVAILABLE',
        failure?.message ?? `${path}: ${response.status}`,
      );
    }
    return parse(answer);
  }
}

/** A failed call to the team server as a refusal the screen says in the user's language. */
export function teamRefusal(error: unknown, server: string): DomainError {
  if (!(error instanceof TeamServerError)) {
    return new DomainError('IO', String(error), {
      code: 'teamServer.unreachable',
      values: { server },
    });
  }
  switch (error.code) {
    case 'OFFLINE':
      return new DomainError('IO', error.message, {
        code: 'teamServer.unreachable',
        values: { server },
      });
    case 'UNAUTHENTICATED':
      return new DomainError('CONFLICT', error.message, { code: 'teamServer.badCode' });
    case 'TOO_MANY_ATTEMPTS':
      return new DomainError('CONFLICT', error.message, { code: 'teamServer.tooManyAttempts' });
    case 'FORBIDDEN':
      return new DomainError('CONFLICT', error.message, { code: 'teamServer.viewer' });
    case 'NEWER_SCHEMA':
      return new DomainError('CONFLICT', error.message, { code: 'teamServer.newerSchema' });
    default:
      return new DomainError('IO', error.message, {
        code: 'teamServer.refused',
        values: { message: error.message },
      });
  }
}
