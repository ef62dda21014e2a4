import { EventEmitter } from 'node:events';

/**
 * A small hand-written stand-in for the parts of Electron the main process
 * uses, recording what the app asked for: windows and their preferences,
 * IPC channels, protocol handlers, permission handlers and the menu.
 */
type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
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
  }
  show() {}
  focus() {}
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
  private readyResolve: () => void = () => {};
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  requestSingleInstanceLock() {
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
) => void;

export const fakeSession: {
  requestHandler: PermissionRequestHandler | null;
  checkHandler: (() => boolean) | null;
  setPermissionRequestHandler: (handler: PermissionRequestHandler) => void;
  setPermissionCheckHandler: (handler: () => boolean) => void;
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
  showErrorBox(title: string, message: string) {
    this.errors.push([title, message]);
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
};
