import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  electronMock,
  FakeBrowserWindow,
  fakeApp,
  fakeCrashReporter,
  fakeDialog as dialogMock,
  fakeIpcMain,
  fakeMenu,
  fakeProtocol,
  fakeSession,
} from '../../../helpers/electron-mock';
import { makeTempDir } from '../../../helpers/temp-dir';

vi.mock('electron', () => electronMock);

const dir = makeTempDir();
/** Windows open when the dock was clicked (activate) and a second instance started, before ready. */
let windowsBeforeReady = -1;

beforeAll(async () => {
  vi.stubEnv('SMARKETING_DATA_DIR', dir.path);
  await import('../../../../electron/main/main');
  fakeApp.emit('activate');
  fakeApp.emit('second-instance');
  windowsBeforeReady = FakeBrowserWindow.all.length;
  await fakeApp.becomeReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
});
afterAll(() => {
  fakeApp.emit('will-quit');
  vi.unstubAllEnvs();
  dir.remove();
});

describe('Electron main process (against the mock)', () => {
  it('opens one secure window on the app:// page', () => {
    expect(fakeDialog()).toEqual([]);
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const window = FakeBrowserWindow.all[0];
    expect(window?.loadedUrl).toBe('app://smarketing/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: expect.stringMatching(/preload\.cjs$/),
    });
  });

  it('registers app:// as a privileged scheme and serves it', () => {
    expect(fakeProtocol.privileged).toContainEqual(expect.objectContaining({ scheme: 'app' }));
    expect(fakeProtocol.handlers.has('app')).toBe(true);
  });

  it('hardens every web contents and denies permissions', () => {
    const contents = FakeBrowserWindow.all[0]?.webContents;
    expect(contents?.dispatch('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(fakeSession.checkHandler?.({}, 'media', 'app://smarketing')).toBe(false);
  });

  it('answers IPC only from its own window', async () => {
    const handler = fakeIpcMain.handlers.get('api:plans.list');
    const own = FakeBrowserWindow.all[0]?.webContents;
    expect(
      await handler?.(
        { sender: own, senderFrame: own?.frameShowing('app://smarketing/index.html') },
        {},
      ),
    ).toEqual({
      ok: true,
      value: { plans: [] },
    });
    const stranger = new FakeBrowserWindow({}).webContents;
    await expect(
      handler?.(
        { sender: stranger, senderFrame: stranger?.frameShowing('app://smarketing/index.html') },
        {},
      ),
    ).rejects.toThrow();
    FakeBrowserWindow.all.pop();
  });

  it('prints a PDF in a hidden window with the same preferences, trusted only while it prints', async () => {
    const own = FakeBrowserWindow.all[0]?.webContents;
    const event = { sender: own, senderFrame: own?.frameShowing('app://smarketing/index.html') };
    const created = (await fakeIpcMain.handlers.get('api:plans.create')?.(event, {
      name: 'Printed',
    })) as { ok: true; value: { plan: { id: string } } };
    const opened: FakeBrowserWindow[] = [];
    fakeApp.on('web-contents-created', () => opened.push(FakeBrowserWindow.all.at(-1)!));
    const printed = (await fakeIpcMain.handlers.get('api:report.pdf')?.(event, {
      id: created.value.plan.id,
      paper: 'A4',
      language: 'en',
      sections: ['summary'],
    })) as { ok: boolean };
    expect(printed).toMatchObject({ ok: true });
    expect(opened).toHaveLength(1);
    const printerWindow = opened[0]!;
    expect(printerWindow.options).toMatchObject({ show: false });
    expect(printerWindow.options.webPreferences).toEqual(
      FakeBrowserWindow.all[0]?.options.webPreferences,
    );
    expect(printerWindow.loadedUrl).toMatch(
      /^app:\/\/smarketing\/index\.html#\/plans\/.+\/report\/A4\/en\/summary$/,
    );
    expect(printerWindow.destroyed).toBe(true);
    // Destroyed and forgotten: a call from its contents is now refused like a stranger's.
    await expect(
      fakeIpcMain.handlers.get('api:plans.list')?.(
        {
          sender: printerWindow.webContents,
          senderFrame: printerWindow.webContents?.frameShowing('app://smarketing/index.html'),
        },
        {},
      ),
    ).rejects.toThrow();
  });

  it('refuses IPC from its own window when the frame shows another page', async () => {
    const own = FakeBrowserWindow.all[0]?.webContents;
    await expect(
      fakeIpcMain.handlers.get('api:plans.list')?.(
        { sender: own, senderFrame: own?.frameShowing('https://evil.example/') },
        {},
      ),
    ).rejects.toThrow('refused');
  });

  it('tells its windows of every stored revision, so two windows on one plan stay in step', async () => {
    const own = FakeBrowserWindow.all[0]!.webContents;
    const event = { sender: own, senderFrame: own.frameShowing('app://smarketing/index.html') };
    const created = (await fakeIpcMain.handlers.get('api:plans.create')?.(event, {
      name: 'Seen twice',
    })) as { ok: true; value: { doc: { id: string } } };
    const id = created.value.doc.id;
    own.sent = [];
    await fakeIpcMain.handlers.get('api:plans.apply')?.(event, {
      id,
      commands: [{ type: 'plan.setMeta', patch: { client: 'Acme' } }],
    });
    expect(own.sent).toEqual([['plan-changed', { planId: id, revision: 1 }]]);
  });

  it('rebuilds the menu in Spanish when the interface language changes', async () => {
    const handler = fakeIpcMain.handlers.get('api:settings.set');
    const own = FakeBrowserWindow.all[0]?.webContents;
    await handler?.(
      { sender: own, senderFrame: own?.frameShowing('app://smarketing/index.html') },
      { language: 'es' },
    );
    const menu = fakeMenu.current as { template: Array<{ label?: string }> };
    expect(menu.template.map((item) => item.label)).toContain('Archivo');
  });

  it('takes the single-instance lock in the data folder, with Chromium’s profile beside the library', () => {
    expect(fakeApp.quitCalls).toBe(0);
    expect(fakeApp.lockedIn).toBe(dir.path);
    expect(fakeApp.getPath('sessionData')).toBe(`${dir.path}/Chromium`);
  });

  it('sandboxes every renderer, sets the Windows app id and keeps crash dumps local', () => {
    expect(fakeApp.sandboxEnabled).toBe(true);
    expect(fakeApp.appUserModelId).toBe('com.smarketingplanner.app');
    expect(fakeCrashReporter.started).toEqual([{ uploadToServer: false }]);
  });

  it('opens no window before the library, protocol and IPC are ready', () => {
    expect(windowsBeforeReady).toBe(0);
  });

  it('brings the app’s window forward for a second instance, never the hidden printer', () => {
    const main = FakeBrowserWindow.all[0]!;
    // A printer window opened after the main one (as while a PDF prints).
    const printer = new FakeBrowserWindow({});
    FakeBrowserWindow.all.unshift(FakeBrowserWindow.all.pop()!);
    const before = { main: main.focusCalls, printer: printer.focusCalls };
    fakeApp.emit('second-instance');
    expect(main.focusCalls).toBe(before.main + 1);
    expect(printer.focusCalls).toBe(before.printer);
    printer.destroy();
  });

  it('reloads a window whose renderer crashed and says so in the interface language', () => {
    const main = FakeBrowserWindow.all[0]!;
    const reloads = main.reloadCalls;
    main.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    expect(main.reloadCalls).toBe(reloads + 1);
    expect(dialogMock.messages.at(-1)?.options.message).toMatch(/oom/);
    main.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(main.reloadCalls).toBe(reloads + 1);
  });

  it('opens a new window when the dock is clicked with none open (macOS)', () => {
    const main = FakeBrowserWindow.all[0]!;
    main.destroy();
    expect(FakeBrowserWindow.all).toHaveLength(0);
    fakeApp.emit('activate');
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(FakeBrowserWindow.all[0]?.loadedUrl).toBe('app://smarketing/index.html');
  });
});

function fakeDialog() {
  return electronMock.dialog.errors;
}
