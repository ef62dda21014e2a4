import { createApiClient, type PlanApi, type Transport } from '../../shared/api/client';
import type { MethodName } from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/envelope';
import type { Refusal } from '../../shared/domain/errors';
import i18next from 'i18next';
import { showShellRestarted } from './fatal-notice';

/** What the Electron preload exposes: one function per contract method, nothing else. */
export type DesktopBridge = {
  api: Record<MethodName, (input: unknown) => Promise<ApiEnvelope>>;
  onMenuCommand: (listener: (command: string) => void) => () => void;
  onPlanChanged: (listener: (change: PlanChange) => void) => () => void;
};

/** A plan's stored document moved on (any window, or another tab, saved an edit). */
export interface PlanChange {
  planId: string;
  revision: number;
}

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

export class ShellRestartedError extends Error {
  constructor() {
    super('the browser shell was restarted; this tab’s session ended');
    this.name = 'ShellRestartedError';
  }
}

function httpTransport(token: string | null, onSessionEnded: () => void): Transport {
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
    if (response.status === 401) {
      // The shell was restarted (a new token at every launch): nothing this tab sends will
      // be taken again, so it says so once instead of failing every edit.
      onSessionEnded();
      throw new ShellRestartedError();
    }
    const body = (await response.json()) as unknown;
    if (response.ok) return { ok: true, value: body };
    const error = (body as { error?: { code?: string; message?: string; refusal?: Refusal } })
      .error;
    return {
      ok: false,
      error: {
        code:
          error?.code === 'NOT_FOUND' || error?.code === 'CONFLICT' || error?.code === 'IO'
            ? error.code
            : 'INVALID_INPUT',
        message: error?.message ?? `HTTP ${response.status}`,
        refusal: error?.refusal ?? { code: 'library.failed' },
      },
    } satisfies ApiEnvelope;
  };
}

/** The desktop app's page was loaded without its preload's bridge: it has no way to its library. */
export class DesktopBridgeMissingError extends Error {
  constructor() {
    super('the desktop app’s bridge to its library did not load');
    this.name = 'DesktopBridgeMissingError';
  }
}

type ShellHost = Pick<Window, 'smarketing' | 'location' | 'sessionStorage' | 'history'>;

/**
 * The desktop app serves the page from app://, where the preload's bridge is the only way
 * to the library: without it (a preload that failed) there is nothing to fall back to, and
 * an HTTP call to app:// would only fail later with an unreadable error.
 */
export function desktopBridgeMissing(host: ShellHost = window): boolean {
  return host.location.protocol === 'app:' && !host.smarketing;
}

/** Picks the transport of the shell the renderer runs in. */
export function createShellApi(host: ShellHost = window): PlanApi {
  const bridge = host.smarketing;
  if (bridge) return createApiClient((method, input) => bridge.api[method](input));
  if (desktopBridgeMissing(host)) {
    return createApiClient(() => Promise.reject(new DesktopBridgeMissingError()));
  }
  return createApiClient(
    httpTransport(takeLaunchToken(host.location, host.sessionStorage, host.history), () =>
      // The interface language once the app has started; before that, the browser's.
      showShellRestarted(document, i18next.isInitialized ? i18next.language : navigator.language),
    ),
  );
}

/** Stream parsing and reconnection for the browser shell's GET /api/events. */
const RECONNECT_MS = 2000;

/**
 * Calls `listener` with every plan change the host stores, from any window or tab: the
 * desktop's IPC event, or the browser shell's server-sent events read with fetch (which
 * sends the token as a header; EventSource cannot). The stream reconnects after a drop;
 * a refusal of the token means the shell was restarted, which the page then says.
 */
export function subscribePlanChanges(
  listener: (change: PlanChange) => void,
  host: ShellHost = window,
  onConnected: () => void = () => {},
): () => void {
  if (host.smarketing) return host.smarketing.onPlanChanged(listener);
  if (desktopBridgeMissing(host)) return () => {};
  let stopped = false;
  let controller: AbortController | null = null;
  const connect = async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const token = host.sessionStorage.getItem(TOKEN_KEY);
        const response = await fetch('./api/events', {
          headers: token ? { Authorization: `Bearer ${token}` } : {},
          signal: controller.signal,
        });
        if (response.status === 401) {
          showShellRestarted(
            document,
            i18next.isInitialized ? i18next.language : navigator.language,
          );
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        // The host listens from before its answer: what was stored until now is read once.
        onConnected();
        await readEvents(response.body, listener);
      } catch {
        // Dropped (the shell is restarting, the laptop slept): try again shortly.
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  };
  void connect();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

async function readEvents(
  body: ReadableStream<Uint8Array>,
  listener: (change: PlanChange) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const change = parsePlanChanged(block);
      if (change) listener(change);
      end = buffer.indexOf('\n\n');
    }
  }
}

/** One server-sent event block, if it is a well-formed `plan.changed`. */
export function parsePlanChanged(block: string): PlanChange | null {
  const lines = block.split('\n');
  if (!lines.includes('event: plan.changed')) return null;
  const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
  try {
    const { planId, revision } = JSON.parse(data ?? '') as Partial<PlanChange>;
    return typeof planId === 'string' && typeof revision === 'number' ? { planId, revision } : null;
  } catch {
    return null;
  }
}
