import {
  app,
  BrowserWindow,
  crashReporter,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
} from 'electron';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { warmSchemas } from '../../shared/domain/lazy-schema';
import { resolveDataDir } from '../core/data-dir';
import { openLibrary, type Library } from '../core/library';
import { SealedTokenStore } from '../core/team/sealed-token-store';
import { withReportPrinter } from '../core/report-export';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './app-protocol';
import { createCrashRecovery } from './crash-recovery';
import { bindApi } from './ipc';
import { MENU_CHANNEL, PLAN_CHANGED_CHANNEL } from './ipc-channels';
import { buildMenuTemplate, type MenuCommand } from './menu';
import { describeOpenFailure, electronSqliteBinding, languageOfLocale } from './native-binding';
import { createElectronPrinter } from './pdf-printer';
import {
  APP_ORIGIN,
  grantOnlyAppFullScreen,
  hardenWebContents,
  openSecureWindow,
} from './security';

/** The same id as electron-builder's appId: Windows groups, pins and notifies by it. */
export const APP_USER_MODEL_ID = 'com.smarketingplanner.app';

const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));
const devSqliteBuild = fileURLToPath(
  new URL('../native/electron/better_sqlite3.node', import.meta.url),
);

function dataDirFlag(): string | undefined {
  const { values } = parseArgs({
    args: process.argv.slice(app.isPackaged ? 1 : 2),
    options: { 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const flag = values['data-dir'];
  return typeof flag === 'string' ? flag : undefined;
}

// All of this runs before `ready`, as Electron requires.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Every renderer sandboxed, whatever a window's preferences might say.
app.enableSandbox();
app.setAppUserModelId(APP_USER_MODEL_ID);
// Crash dumps stay on this machine (in the profile's Crashpad folder); nothing is uploaded.
crashReporter.start({ uploadToServer: false });

const dataDir = resolveDataDir(dataDirFlag());
// Chromium's profile, and the single-instance lock with it, follow the data folder: a
// library given with --data-dir is its own instance (a second checkout, a test) and
// Chromium's caches sit in a folder of their own beside the library, not among its files.
if (dataDir !== resolve(app.getPath('userData'))) app.setPath('userData', dataDir);
app.setPath('sessionData', join(dataDir, 'Chromium'));

if (!app.requestSingleInstanceLock()) {
  // Two instances writing one library would race: the first one takes focus instead.
  app.quit();
} else {
  run();
}

function run(): void {
  const ownWindows = new Set<number>();
  let library: Library | null = null;
  /** The app's window, kept by reference: never the hidden window that prints PDFs. */
  let mainWindow: BrowserWindow | null = null;
  /** The library, the app:// protocol and IPC are in place: a window may be opened. */
  let ready = false;

  // The system's language until one is chosen in the app, as the window's is.
  const language = () =>
    library?.settings.get(languageOfLocale(app.getLocale())).language ??
    languageOfLocale(app.getLocale());
  const recoverFromCrash = createCrashRecovery({
    language,
    dialog,
    log: (line) => process.stderr.write(`${line}\n`),
  });

  const send = (command: MenuCommand) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_CHANNEL, command);
  };

  const rebuildMenu = () => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language(), send)));
  };

  const createMainWindow = () => {
    const window = openSecureWindow(
      BrowserWindow,
      {
        width: 1360,
        height: 860,
        minWidth: 1024,
        minHeight: 640,
        show: false,
        title: 'Smarketing Planner',
      },
      preloadPath,
    );
    mainWindow = window;
    const contentsId = window.webContents.id;
    ownWindows.add(contentsId);
    window.on('closed', () => {
      ownWindows.delete(contentsId);
      if (mainWindow === window) mainWindow = null;
    });
    window.webContents.on('render-process-gone', (_event, details) =>
      recoverFromCrash(window, details),
    );
    window.once('ready-to-show', () => window.show());
    void window.loadURL(`${APP_ORIGIN}/index.html`);
  };

  /** Brings the app's window forward, or opens it if there is none (macOS keeps running). */
  const showMainWindow = () => {
    if (!ready) return;
    if (!mainWindow || mainWindow.isDestroyed()) {
      createMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  app.on('second-instance', showMainWindow);
  app.on('activate', showMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => library?.close());

  void app.whenReady().then(async () => {
    grantOnlyAppFullScreen(session.defaultSession);
    let opened: Library;
    try {
      const binding = electronSqliteBinding({
        isPackaged: app.isPackaged,
        env: process.env,
        devBuild: devSqliteBuild,
      });
      // The team token is sealed by the system's secret store (safeStorage needs `ready`).
      const tokens = new SealedTokenStore(dataDir, safeStorage);
      const roomPageDir = fileURLToPath(new URL('../room/', import.meta.url));
      opened = await openLibrary(
        dataDir,
        binding ? { nativeBinding: binding, tokens, roomPageDir } : { tokens, roomPageDir },
      );
      library = opened;
    } catch (error) {
      dialog.showErrorBox(
        'Smarketing Planner',
        describeOpenFailure(error, app.isPackaged, languageOfLocale(app.getLocale())),
      );
      app.exit(1);
      return;
    }
    serveRenderer(protocol, rendererDir);
    const printer = createElectronPrinter({
      openWindow: (options) => openSecureWindow(BrowserWindow, options, preloadPath),
      track: (contentsId) => {
        ownWindows.add(contentsId);
        return () => ownWindows.delete(contentsId);
      },
    });
    bindApi(
      ipcMain,
      withReportPrinter(opened.dispatchAll, opened.plans, printer, (id) =>
        opened.snapshots.agreedVersion(id),
      ),
      (contents) => ownWindows.has(contents.id),
      (method, envelope) => {
        if ((method === 'settings.set' || method === 'backups.restore') && envelope.ok) {
          rebuildMenu();
        }
      },
    );
    // Every window of the app hears of each stored revision, so two windows on one plan
    // each show the other's edits.
    opened.changes.subscribe((change) => {
      for (const window of BrowserWindow.getAllWindows()) {
        if (!window.isDestroyed() && ownWindows.has(window.webContents.id)) {
          window.webContents.send(PLAN_CHANGED_CHANNEL, change);
        }
      }
    });
    opened.scheduleBackups();
    rebuildMenu();
    ready = true;
    showMainWindow();
    // The schemas the window's first requests did not need, built while its page loads.
    void warmSchemas();
  });
}
