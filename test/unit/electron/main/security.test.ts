import { describe, expect, it } from 'vitest';
import {
  grantOnlyAppFullScreen,
  hardenWebContents,
  isAppUrl,
  openSecureWindow,
} from '../../../../electron/main/security';
import { FakeBrowserWindow, FakeWebContents, fakeSession } from '../../../helpers/electron-mock';

type Contents = Parameters<typeof hardenWebContents>[0];
type PermissionSession = Parameters<typeof grantOnlyAppFullScreen>[0];

describe('window security', () => {
  it('creates windows isolated, sandboxed, without Node and with web security', () => {
    // Options typed loosely on purpose: a caller smuggling preferences in is overruled.
    const smuggled = { show: false, webPreferences: { nodeIntegration: true, sandbox: false } };
    const window = openSecureWindow(
      FakeBrowserWindow as never,
      smuggled as Parameters<typeof openSecureWindow>[1],
      '/app/preload.cjs',
    ) as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({ show: false });
    expect(window.options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    window.destroy();
  });

  it('cancels navigation and redirects away from the app, and allows them inside it', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as Contents);
    expect(contents.dispatch('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.dispatch('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.dispatch('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(contents.dispatch('will-navigate', 'app://smarketing/index.html#/plans/1')).toBe(false);
    expect(contents.dispatch('will-attach-webview')).toBe(true);
  });

  it('denies every window.open', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as Contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://smarketing/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('refuses every permission but full screen, and that only to the app itself', () => {
    grantOnlyAppFullScreen(fakeSession as unknown as PermissionSession);
    const ask = (permission: string, requestingUrl: string) => {
      let answer: boolean | null = null;
      fakeSession.requestHandler?.({}, permission, (ok) => (answer = ok), { requestingUrl });
      return answer;
    };
    const app = 'app://smarketing/index.html#/plans/p1/present';
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      expect(ask(permission, app), permission).toBe(false);
    }
    expect(ask('fullscreen', app)).toBe(true);
    expect(ask('fullscreen', 'https://evil.example/')).toBe(false);
    expect(ask('fullscreen', 'app://other/index.html')).toBe(false);
    expect(fakeSession.checkHandler?.({}, 'fullscreen', 'app://smarketing')).toBe(true);
    expect(fakeSession.checkHandler?.({}, 'fullscreen', 'https://evil.example')).toBe(false);
    expect(fakeSession.checkHandler?.({}, 'media', 'app://smarketing')).toBe(false);
  });

  it('recognizes only the app origin as the app', () => {
    expect(isAppUrl('app://smarketing/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://smarketing/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
