import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import { bindApi } from '../../../../electron/main/ipc';
import { METHOD_NAMES } from '../../../../shared/api/contract';
import { FakeWebContents, fakeIpcMain } from '../../../helpers/electron-mock';
import { makeTempDir } from '../../../helpers/temp-dir';

type IpcHandle = Parameters<typeof bindApi>[0];
type Contents = Parameters<Parameters<typeof bindApi>[2]>[0];

let dir: ReturnType<typeof makeTempDir>;
let library: Library;
const ownWindow = new FakeWebContents();
const strangerWindow = new FakeWebContents();

beforeEach(async () => {
  dir = makeTempDir();
  library = await openLibrary(dir.path);
  fakeIpcMain.handlers.clear();
  bindApi(
    fakeIpcMain as unknown as IpcHandle,
    library.dispatch,
    (c: Contents) => c.id === ownWindow.id,
  );
});
afterEach(() => {
  library.close();
  dir.remove();
});

function invoke(method: string, sender: FakeWebContents, frameUrl: string, input: unknown) {
  const handler = fakeIpcMain.handlers.get(`api:${method}`);
  if (!handler) throw new Error(`no channel for ${method}`);
  return handler({ sender, senderFrame: sender.frameShowing(frameUrl) }, input);
}

describe('IPC binding', () => {
  it('opens one channel per contract method and no other', () => {
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual(
      METHOD_NAMES.map((m) => `api:${m}`).sort(),
    );
  });

  it('answers the app window through the contract', async () => {
    const result = await invoke('plans.create', ownWindow, 'app://smarketing/index.html', {
      name: 'From IPC',
    });
    expect(result).toMatchObject({ ok: true, value: { doc: { name: 'From IPC' } } });
    expect(
      await invoke('plans.create', ownWindow, 'app://smarketing/index.html', { name: 5 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^name:/) },
    });
  });

  it('drops calls from windows it did not create, or showing another page, and writes nothing', async () => {
    await expect(
      invoke('plans.create', strangerWindow, 'app://smarketing/index.html', { name: 'x' }),
    ).rejects.toThrow(/not a Smarketing Planner window/);
    await expect(
      invoke('plans.create', ownWindow, 'https://evil.example/', { name: 'x' }),
    ).rejects.toThrow(/not a Smarketing Planner window/);
    expect(library.plans.list()).toEqual([]);
  });

  it('drops calls from a frame inside the page, even one on the app origin', async () => {
    const handler = fakeIpcMain.handlers.get('api:plans.create');
    const subframe = ownWindow.subframeShowing('app://smarketing/index.html');
    await expect(
      handler?.({ sender: ownWindow, senderFrame: subframe }, { name: 'x' }),
    ).rejects.toThrow(/not a Smarketing Planner window/);
    await expect(
      handler?.({ sender: ownWindow, senderFrame: null }, { name: 'x' }),
    ).rejects.toThrow(/not a Smarketing Planner window/);
    expect(library.plans.list()).toEqual([]);
  });
});
