// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { showBridgeMissing } from '../../../../renderer/app/fatal-notice';
import {
  createShellApi,
  DesktopBridgeMissingError,
  desktopBridgeMissing,
  takeLaunchToken,
} from '../../../../renderer/app/transport';

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('launch token', () => {
  it('takes the token from the address once and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123&x=1#/plans/p1');
    expect(takeLaunchToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#/plans/p1');
    expect(takeLaunchToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
  });

  it('has no token when the address had none', () => {
    window.history.replaceState(null, '', '/');
    expect(takeLaunchToken(window.location, window.sessionStorage, window.history)).toBeNull();
  });
});

describe('the desktop page without its bridge', () => {
  const desktopPage = {
    location: new URL('app://smarketing/index.html') as unknown as Location,
    sessionStorage: window.sessionStorage,
    history: window.history,
  };

  it('fails every call clearly and never falls back to HTTP', async () => {
    const fetched: unknown[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((...args: unknown[]) => {
      fetched.push(args);
      return realFetch(...(args as Parameters<typeof fetch>));
    }) as typeof fetch;
    try {
      expect(desktopBridgeMissing(desktopPage)).toBe(true);
      const api = createShellApi(desktopPage);
      await expect(api('plans.list', {})).rejects.toBeInstanceOf(DesktopBridgeMissingError);
      expect(fetched).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('says so once, in the system’s language, instead of showing the app', () => {
    document.body.innerHTML = '<div id="root"><p>Loading…</p></div>';
    showBridgeMissing(document, 'es-ES');
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.querySelector('h1')?.textContent).toBe(
      'Smarketing Planner no puede acceder a su biblioteca',
    );
    expect(document.documentElement.lang).toBe('es');
    expect(document.getElementById('root')?.textContent).not.toContain('Loading');
  });

  it('is not the browser shell, which talks HTTP to its own server', () => {
    const browserPage = {
      ...desktopPage,
      location: new URL('http://127.0.0.1:4310/') as unknown as Location,
    };
    expect(desktopBridgeMissing(browserPage)).toBe(false);
  });
});
