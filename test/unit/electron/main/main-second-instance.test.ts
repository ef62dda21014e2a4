import { describe, expect, it, vi } from 'vitest';
import { electronMock, FakeBrowserWindow, fakeApp } from '../../../helpers/electron-mock';

vi.mock('electron', () => electronMock);

describe('Electron main process, second instance', () => {
  it('quits without opening the library or a window when another instance holds the lock', async () => {
    fakeApp.hasLock = false;
    await import('../../../../electron/main/main');
    await fakeApp.becomeReady();
    expect(fakeApp.quitCalls).toBe(1);
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });
});
