import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/data-dir';
import { createElectronPrinter } from './pdf-printer';
import { withReportPrinter } from '../core/report-export';
import { openLibrary, type Library } from '../core/library';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './app-protocol';
import { bindApi } from './ipc';
import { MENU_CHANNEL } from './ipc-channels';
import { buildMenuTemplate, type MenuCommand } from './menu';
import { APP_ORIGIN, denyAllPermissions, hardenWebContents, openSecureWindow } from './security';

const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));

/**
 * better-sqlite3 in node_modules is built for Node (tests, browser shell).
 * In development Electron loads an Electron-ABI build kept beside it; the
 * packaged app has node_modules rebuilt for Electron by electron-builder.
 */
function electronSqliteBinding(): string | undefined {
  const fromEnv = process.env.SMARKETING_SQLITE_BINDING;
  if (fromEnv) return fromEnv;
  const dev = fileURLToPath(new URL('../native/electron/better_sqlite3.node', import.meta.url));
  return !app.isPackaged && existsSync(dev) ? dev : undefined;
}

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

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // Two instances writing one library would race: the first one takes focus instead.
  app.quit();
} else {
  run();
}

function run(): void {
  const ownWindows = new Set<number>();
  let library: Library | null = null;

  const send = (command: MenuCommand) => {
    const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    target?.webContents.send(MENU_CHANNEL, command);
  };

  const rebuildMenu = () => {
    const language = library?.settings.get().language ?? 'en';
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, send)));
  };

  const createWindow = () => {
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
    const contentsId = window.webContents.id;
    ownWindows.add(contentsId);
    window.on('closed', () => ownWindows.delete(contentsId));
    window.once('ready-to-show', () => window.show());
    void window.loadURL(`${APP_ORIGIN}/index.html`);
  };

  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => library?.close());

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    let opened: Library;
    try {
      const binding = electronSqliteBinding();
      opened = await openLibrary(
        resolveDataDir(dataDirFlag()),
        binding ? { nativeBinding: binding } : {},
      );
      library = opened;
    } catch (error) {
      dialog.showErrorBox(
        'Smarketing Planner',
        error instanceof Error ? error.message : String(error),
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
      withReportPrinter(opened.dispatchAll, opened.plans, printer, (id, revision) =>
        opened.snapshots.agreedVersion(id, revision),
      ),
      (contents) => ownWindows.has(contents.id),
      (method, envelope) => {
        if ((method === 'settings.set' || method === 'backups.restore') && envelope.ok) {
          rebuildMenu();
        }
      },
    );
    opened.scheduleBackups();
    rebuildMenu();
    createWindow();
  });
}
