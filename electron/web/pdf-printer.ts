import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { findChromium } from '../../build/find-chromium.mjs';
import { DomainError } from '../../shared/domain/errors';
import type { PrintJob, ReportPrinter } from '../core/report-export';

/** Room for the header and footer Chromium draws in the page margins. */
const MARGINS = { top: '20mm', bottom: '18mm', left: '14mm', right: '14mm' };

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
    const context = await running.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${options.appUrl()}#${job.path}`);
      // The report route sets data-report-ready on <html> once drawn and its fonts are in.
      await page
        .locator('html[data-report-ready="true"]')
        .waitFor({ state: 'attached', timeout: 30_000 });
      return await page.pdf({
        format: job.paper,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: job.headerTemplate,
        footerTemplate: job.footerTemplate,
        margin: MARGINS,
      });
    } finally {
      await context.close();
    }
  };

  return {
    print,
    close: async () => {
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
