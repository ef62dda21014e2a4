import type { BrowserContext, Page } from 'playwright-core';
import type { PrintJob } from '../core/report-export';

/** Room for the header and footer Chromium draws in the page margins. */
const MARGINS = { top: '20mm', bottom: '18mm', left: '14mm', right: '14mm' };
/** Where the printing page waits between prints: the library, the app's lightest route. */
const IDLE_ROUTE = '#/';

export type PagePrinter = (job: PrintJob) => Promise<Uint8Array>;

/**
 * Prints reports from one page that keeps the app loaded between prints: a print is a
 * change of address within it (as a click from the library to a plan is), not a page load
 * that evaluates the whole app again. That load was most of a print's time. Prints go one
 * at a time; a page that crashed or was closed is opened again on the next print.
 */
export function warmReportPage(context: BrowserContext, appUrl: () => string): PagePrinter {
  let page: Promise<Page> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const open = async (): Promise<Page> => {
    const opened = await context.newPage();
    await opened.goto(`${appUrl()}${IDLE_ROUTE}`);
    return opened;
  };
  const ready = async (): Promise<Page> => {
    const current = page ? await page.catch(() => null) : null;
    if (current && !current.isClosed()) return current;
    page = open();
    return page;
  };

  const printOne = async (job: PrintJob): Promise<Uint8Array> => {
    const target = await ready();
    try {
      // The report route sets data-report-ready on <html> once drawn and its fonts are in;
      // the mark of the previous print is cleared first, in the same step as the move.
      // (Scripts as text: this module is built for Node, without the DOM's types.)
      await target.evaluate(
        `delete document.documentElement.dataset.reportReady;
         window.location.hash = ${JSON.stringify(`#${job.path}`)};`,
      );
      await target
        .locator('html[data-report-ready="true"]')
        .waitFor({ state: 'attached', timeout: 30_000 });
      return await target.pdf({
        format: job.paper,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: job.headerTemplate,
        footerTemplate: job.footerTemplate,
        margin: MARGINS,
      });
    } catch (error) {
      // Whatever state the page is in, the next print starts from a fresh one.
      page = null;
      await target.close().catch(() => undefined);
      throw error;
    } finally {
      if (!target.isClosed()) {
        await target
          .evaluate(`window.location.hash = ${JSON.stringify(IDLE_ROUTE)};`)
          .catch(() => undefined);
      }
    }
  };

  return (job) => {
    const printed = queue.then(() => printOne(job));
    queue = printed.catch(() => undefined);
    return printed;
  };
}
