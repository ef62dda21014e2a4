import type { BrowserWindow } from 'electron';
import type { PrintJob, ReportPrinter } from '../core/report-export';
import { APP_ORIGIN, type WindowOptions } from './security';

/** Margins in inches, as printToPDF takes them: room for the header and the footer. */
const MARGINS = { top: 0.79, bottom: 0.71, left: 0.55, right: 0.55 };

/**
 * The desktop app's printer: a hidden window of the app loads the report
 * route (so it talks to the library over the same checked IPC as any window)
 * and Blink prints it with webContents.printToPDF. The window is registered
 * as the app's own while it lives and destroyed after printing.
 */
export function createElectronPrinter(options: {
  /** Opens a window of the app with its secure preferences (openSecureWindow). */
  openWindow: (options: WindowOptions) => BrowserWindow;
  track: (contentsId: number) => () => void;
}): ReportPrinter {
  return async (job: PrintJob) => {
    const window = options.openWindow({ show: false, width: 1024, height: 1400 });
    const untrack = options.track(window.webContents.id);
    try {
      await window.loadURL(`${APP_ORIGIN}/index.html#${job.path}`);
      await window.webContents.executeJavaScript(WAIT_FOR_REPORT);
      return await window.webContents.printToPDF({
        pageSize: job.paper,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: job.headerTemplate,
        footerTemplate: job.footerTemplate,
        margins: MARGINS,
      });
    } finally {
      untrack();
      window.destroy();
    }
  };
}

/** Resolves once the report route marks itself ready, or fails after 30 s. */
const WAIT_FOR_REPORT = `new Promise((resolve, reject) => {
  const started = Date.now();
  const check = () => {
    if (document.documentElement.dataset.reportReady === 'true') resolve(true);
    else if (Date.now() - started > 30000) reject(new Error('the report did not finish drawing'));
    else setTimeout(check, 50);
  };
  check();
})`;
