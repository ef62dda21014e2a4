import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Session,
  WebContents,
} from 'electron';

/** What a caller may choose about a window: everything but its web preferences. */
export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/**
 * Every window of the app is created here, with the only web preferences any
 * of them gets. They are written out literally, not built elsewhere and passed
 * in, so a reviewer and a static audit (electronegativity) read them at the
 * constructor call.
 */
export function openSecureWindow(
  BrowserWindow: WindowConstructor,
  options: WindowOptions,
  preloadPath: string,
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
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
    },
  });
}

export const APP_ORIGIN = 'app://smarketing';

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'smarketing';
  } catch {
    return false;
  }
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * The renderer never leaves the app: navigation to anything but app:// is
 * cancelled, new windows are refused and <webview> cannot be attached.
 */
export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/**
 * A planning tool needs no camera, microphone, location or notifications: every request
 * is refused but one. The presenter view's full screen (`requestFullscreen()`) is itself a
 * permission in Electron (electron#37719), granted to the app's own page and nothing else.
 */
export function grantOnlyAppFullScreen(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permission === 'fullscreen' && isAppUrl(details.requestingUrl ?? ''));
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      permission === 'fullscreen' && isAppUrl(requestingOrigin),
  );
}
