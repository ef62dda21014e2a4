import { createApiClient, type PlanApi, type Transport } from '../../shared/api/client';
import type { MethodName } from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/envelope';

/** What the Electron preload exposes: one function per contract method, nothing else. */
export type DesktopBridge = {
  api: Record<MethodName, (input: unknown) => Promise<ApiEnvelope>>;
  onMenuCommand: (listener: (command: string) => void) => () => void;
};

declare global {
  interface Window {
    smarketing?: DesktopBridge;
  }
}

const TOKEN_KEY = 'smarketing.token';

/**
 * The browser shell prints an address with `?token=…`. The token is taken
 * once, kept for this tab only, and removed from the address bar so it is not
 * left in history, bookmarks or a screenshot of the projector.
 */
export function takeLaunchToken(
  location: Location,
  storage: Storage,
  history: History,
): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const search = params.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
    );
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export class NetworkError extends Error {
  constructor() {
    super('network');
    this.name = 'NetworkError';
  }
}

function httpTransport(token: string | null): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new NetworkError();
    }
    const body = (await response.json()) as unknown;
    if (response.ok) return { ok: true, value: body };
    const error = (body as { error?: { code?: string; message?: string } }).error;
    return {
      ok: false,
      error: {
        code:
          error?.code === 'NOT_FOUND' || error?.code === 'CONFLICT' || error?.code === 'IO'
            ? error.code
            : 'INVALID_INPUT',
        message: error?.message ?? `HTTP ${response.status}`,
      },
    } satisfies ApiEnvelope;
  };
}

/** Picks the transport of the shell the renderer runs in. */
export function createShellApi(): PlanApi {
  const bridge = window.smarketing;
  if (bridge) return createApiClient((method, input) => bridge.api[method](input));
  return createApiClient(
    httpTransport(takeLaunchToken(window.location, window.sessionStorage, window.history)),
  );
}
