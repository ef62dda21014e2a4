import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  electronMock,
  FakeBrowserWindow,
  fakeApp,
  fakeIpcMain,
  fakeMenu,
  fakeProtocol,
  fakeSession,
} from '../../../helpers/electron-mock';
import { makeTempDir } from '../../../helpers/temp-dir';

vi.mock('electron', () => electronMock);

const dir = makeTempDir();

beforeAll(async () => {
  vi.stubEnv('SMARKETING_DATA_DIR', dir.path);
  await import('../../../../electron/main/main');
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
    expect(fakeSession.checkHandler?.()).toBe(false);
  });

  it('answers IPC only from its own window', async () => {
    const handler = fakeIpcMain.handlers.get('api:plans.list');
    const own = FakeBrowserWindow.all[0]?.webContents;
    expect(
      await handler?.({ sender: own, senderFrame: { url: 'app://smarketing/index.html' } }, {}),
    ).toEqual({
      ok: true,
      value: { plans: [] },
    });
    const stranger = new FakeBrowserWindow({}).webContents;
    await expect(
      handler?.({ sender: stranger, senderFrame: { url: 'app://smarketing/index.html' } }, {}),
    ).rejects.toThrow();
    FakeBrowserWindow.all.pop();
  });

  it('prints a PDF in a hidden window with the same preferences, trusted only while it prints', async () => {
    const own = FakeBrowserWindow.all[0]?.webContents;
    const event = { sender: own, senderFrame: { url: 'app://smarketing/index.html' } };
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
        { sender: printerWindow.webContents, senderFrame: { url: 'app://smarketing/index.html' } },
        {},
      ),
    ).rejects.toThrow();
  });

  it('refuses IPC from its own window when the frame shows another page', async () => {
    const own = FakeBrowserWindow.all[0]?.webContents;
    await expect(
      fakeIpcMain.handlers.get('api:plans.list')?.(
        { sender: own, senderFrame: { url: 'https://evil.example/' } },
        {},
      ),
    ).rejects.toThrow('refused');
  });

  it('rebuilds the menu in Spanish when the interface language changes', async () => {
    const handler = fakeIpcMain.handlers.get('api:settings.set');
    const own = FakeBrowserWindow.all[0]?.webContents;
    await handler?.(
      { sender: own, senderFrame: { url: 'app://smarketing/index.html' } },
      { language: 'es' },
    );
    const menu = fakeMenu.current as { template: Array<{ label?: string }> };
    expect(menu.template.map((item) => item.label)).toContain('Archivo');
  });

  it('takes the single-instance lock', () => {
    expect(fakeApp.quitCalls).toBe(0);
  });
});

function fakeDialog() {
  return electronMock.dialog.errors;
}
