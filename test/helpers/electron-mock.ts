import { EventEmitter } from 'node:events';

/**
 * A small hand-written stand-in for the parts of Electron the main process
 * uses, recording what the app asked for: windows and their preferences,
 * IPC channels, protocol handlers, permission handlers and the menu.
 */
type Listener = (...args: unknown[]) => unknown;

/** A frame as IPC reports it: which process and frame it is, and the page it shows. */
export interface FakeFrame {
  url: string;
  frameTreeNodeId: number;
  parent: FakeFrame | null;
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame: FakeFrame = {
    url: 'app://smarketing/index.html',
    frameTreeNodeId: 1000 * this.id,
    parent: null,
  };
  /** The top-level frame of this contents, as showing `url` (what IPC's senderFrame gives). */
  frameShowing(url: string): FakeFrame {
    return { ...this.mainFrame, url };
  }
  /** A frame embedded in the page. */
  subframeShowing(url: string): FakeFrame {
    return { url, frameTreeNodeId: this.mainFrame.frameTreeNodeId + 1, parent: this.mainFrame };
  }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: Array<[string, unknown]> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  /** The report route is "ready" at once; the printer's wait resolves. */
  executeJavaScript() {
    return Promise.resolve(true);
  }
  printToPDF() {
    return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
  }
  /** Emits like Electron does and reports whether a listener cancelled the event. */
  dispatch(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.all.push(this);
    fakeApp.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows() {
    return FakeBrowserWindow.all;
  }
  static getFocusedWindow() {
    return FakeBrowserWindow.all[0] ?? null;
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  destroyed = false;
  destroy() {
    this.destroyed = true;
    FakeBrowserWindow.all = FakeBrowserWindow.all.filter((window) => window !== this);
    this.emit('closed');
  }
  isDestroyed() {
    return this.destroyed;
  }
  focusCalls = 0;
  reloadCalls = 0;
  show() {}
  focus() {
    this.focusCalls += 1;
  }
  reload() {
    this.reloadCalls += 1;
  }
  isMinimized() {
    return false;
  }
  restore() {}
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  quitCalls = 0;
  exitCode: number | null = null;
  sandboxEnabled = false;
  appUserModelId: string | null = null;
  locale = 'en-US';
  readonly paths = new Map<string, string>([['userData', '/home/ana/.config/Smarketing Planner']]);
  /** The userData folder when the single-instance lock was asked for (the lock lives there). */
  lockedIn: string | null = null;
  enableSandbox() {
    this.sandboxEnabled = true;
  }
  setAppUserModelId(id: string) {
    this.appUserModelId = id;
  }
  getLocale() {
    return this.locale;
  }
  getPath(name: string) {
    const path = this.paths.get(name);
    if (!path) throw new Error(`no path ${name}`);
    return path;
  }
  setPath(name: string, path: string) {
    this.paths.set(name, path);
  }
  private readyResolve: () => void = () => {};
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  requestSingleInstanceLock() {
    this.lockedIn = this.paths.get('userData') ?? null;
    return this.hasLock;
  }
  quit() {
    this.quitCalls += 1;
  }
  exit(code: number) {
    this.exitCode = code;
  }
  whenReady() {
    return this.ready;
  }
  becomeReady() {
    this.readyResolve();
    return this.ready;
  }
}

export const fakeApp = new FakeApp();

export const fakeIpcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener) {
    this.handlers.set(channel, listener);
  },
};

export const fakeProtocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    this.handlers.set(scheme, handler);
  },
};

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (ok: boolean) => void,
  details: { requestingUrl?: string },
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  requestingOrigin: string,
) => boolean;

export const fakeSession: {
  requestHandler: PermissionRequestHandler | null;
  checkHandler: PermissionCheckHandler | null;
  setPermissionRequestHandler: (handler: PermissionRequestHandler) => void;
  setPermissionCheckHandler: (handler: PermissionCheckHandler) => void;
} = {
  requestHandler: null,
  checkHandler: null,
  setPermissionRequestHandler(handler) {
    this.requestHandler = handler;
  },
  setPermissionCheckHandler(handler) {
    this.checkHandler = handler;
  },
};

export const fakeMenu = {
  current: null as unknown,
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: unknown) {
    fakeMenu.current = menu;
  },
};

export const fakeDialog = {
  errors: [] as Array<[string, string]>,
  messages: [] as Array<{ window: unknown; options: { message: string; detail?: string } }>,
  showErrorBox(title: string, message: string) {
    this.errors.push([title, message]);
  },
  showMessageBox(window: unknown, options: { message: string; detail?: string }) {
    this.messages.push({ window, options });
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
};

export const fakeCrashReporter = {
  started: [] as unknown[],
  start(options: unknown) {
    this.started.push(options);
  },
};

export const electronMock = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: fakeIpcMain,
  protocol: fakeProtocol,
  session: { defaultSession: fakeSession },
  Menu: fakeMenu,
  dialog: fakeDialog,
  crashReporter: fakeCrashReporter,
  // Like a Linux session without a keyring: the token store falls back to its own file.
  safeStorage: {
    isEncryptionAvailable: () => false,
    encryptString: (plain: string) => Buffer.from(plain),
    decryptString: (sealed: Buffer) => sealed.toString(),
  },
};
