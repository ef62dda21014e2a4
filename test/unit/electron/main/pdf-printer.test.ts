import { describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../../electron/core/report-export';
import { createElectronPrinter } from '../../../../electron/main/pdf-printer';

const job: PrintJob = {
  path: '/plans/p1/report/A4/en/summary',
  paper: 'A4',
  headerTemplate: '<div>header</div>',
  footerTemplate: '<div>footer</div>',
};

/** A hidden window as the printer uses it: load, run the wait, print, destroy. */
function fakeWindows(options: { failPrint?: boolean } = {}) {
  const log: string[] = [];
  class FakeWindow {
    static next = 1;
    readonly webContents = {
      id: FakeWindow.next++,
      executeJavaScript: async (code: string) => {
        log.push(code.includes('reportReady') ? 'wait-ready' : 'script');
        return true;
      },
      printToPDF: async (settings: { pageSize: string; headerTemplate: string }) => {
        log.push(`print ${settings.pageSize} ${settings.headerTemplate}`);
        if (options.failPrint) throw new Error('printer crashed');
        return Buffer.from('%PDF');
      },
    };
    constructor(readonly settings: { show?: boolean }) {
      log.push(`open show=${settings.show}`);
    }
    loadURL = async (url: string) => log.push(`load ${url}`);
    destroy = () => log.push('destroy');
  }
  return { FakeWindow, log };
}

describe('Electron PDF printer', () => {
  it('prints the report route in a hidden window of the app, trusted only while it prints', async () => {
    const { FakeWindow, log } = fakeWindows();
    const tracked = new Set<number>();
    const print = createElectronPrinter({
      openWindow: (options) => new FakeWindow(options) as never,
      track: (id) => {
        tracked.add(id);
        log.push(`track ${tracked.size}`);
        return () => tracked.delete(id);
      },
    });
    const pdf = await print(job);
    expect(Buffer.from(pdf).toString()).toBe('%PDF');
    expect(log).toEqual([
      'open show=false',
      'track 1',
      'load app://smarketing/index.html#/plans/p1/report/A4/en/summary',
      'wait-ready',
      'print A4 <div>header</div>',
      'destroy',
    ]);
    expect(tracked.size).toBe(0);
  });

  it('closes the window and untrusts it when printing fails', async () => {
    const { FakeWindow, log } = fakeWindows({ failPrint: true });
    const tracked = new Set<number>();
    const print = createElectronPrinter({
      openWindow: (options) => new FakeWindow(options) as never,
      track: (id) => {
        tracked.add(id);
        return () => tracked.delete(id);
      },
    });
    await expect(print(job)).rejects.toThrow('printer crashed');
    expect(log.at(-1)).toBe('destroy');
    expect(tracked.size).toBe(0);
  });
});
