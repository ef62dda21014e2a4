import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { findChromium } from '../../build/find-chromium.mjs';
import { DomainError } from '../../shared/domain/errors';
import type { PrintJob, ReportPrinter } from '../core/report-export';
import { warmReportPage, type PagePrinter } from './report-page';

/**
 * The browser shell's printer: headless Chromium (a system Chrome, Chromium or
 * Edge, or the one named with --browser) loads the report route of this very
 * server and prints it. The browser starts on the first print and stays up,
 * so later prints are quick; close() ends it with the shell.
 */
export function createChromiumPrinter(options: {
  /** The address of this server with its token: `http://127.0.0.1:PORT/?token=…`. */
  appUrl: () => string;
  browserPath?: string | undefined;
}): { print: ReportPrinter; close: () => Promise<void> } {
  let browser: Promise<Browser> | null = null;
  let printOnPage: Promise<PagePrinter> | null = null;

  const launch = async (): Promise<Browser> => {
    const executablePath = options.browserPath ?? findChromium();
    if (!executablePath || !existsSync(executablePath)) {
      throw new DomainError(
        'IO',
        options.browserPath
          ? `no browser at ${options.browserPath}; give the path of a Chrome, Chromium or Edge with --browser`
          : 'printing a PDF needs Chrome, Chromium or Edge, and none was found; install one, or start with --browser /path/to/chrome',
        options.browserPath
          ? { code: 'print.browserMissing', values: { path: options.browserPath } }
          : { code: 'print.noBrowser' },
      );
    }
    // Loaded on the first print, not at start: playwright-core alone takes ~0.6 s to load,
    // which every launch of the browser shell would otherwise wait for.
    const { chromium } = await import('playwright-core');
    return chromium.launch({
      executablePath,
      args: ['--disable-gpu', '--disable-background-networking', '--no-first-run', '--no-sandbox'],
    });
  };

  const print = async (job: PrintJob): Promise<Uint8Array> => {
    browser ??= launch();
    let running: Browser;
    try {
      running = await browser;
    } catch (error) {
      browser = null;
      throw error instanceof DomainError
        ? error
        : new DomainError(
            'IO',
            `the browser that prints PDFs did not start: ${(error as Error).message}`,
            { code: 'print.browserFailed' },
          );
    }
    printOnPage ??= running.newContext().then((context) => warmReportPage(context, options.appUrl));
    return (await printOnPage)(job);
  };

  return {
    print,
    close: async () => {
      const running = browser;
      browser = null;
      printOnPage = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
