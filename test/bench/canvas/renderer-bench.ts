import type { Browser, Page } from 'playwright-core';
import { summarise, type RoundsResult } from '../rounds';

/**
 * Cold load to interactive: a fresh browser context (nothing cached), from
 * navigation until the page's main button is in the document and a frame has
 * been drawn after it, by the page's own clock. The page watches for itself
 * through a script added before its own, and reports by console: the test
 * driver runs nothing in the page meanwhile (its injected script alone takes
 * over 100 ms to compile on the developers' machine, and would be counted).
 * The app and the floor page alternate, `runs` rounds, so both see the same machine; the
 * ratio is the median of the rounds' ratios.
 */
export async function coldLoads(
  browser: Browser,
  pages: { app: string; blank: string },
  runs = 15,
): Promise<RoundsResult> {
  const once = async (url: string, button: string) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: reportWhenButtonShown(button) });
    const page = await context.newPage();
    const ready = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith('ready '),
      timeout: 30_000,
    });
    await page.goto(url, { waitUntil: 'commit' });
    const elapsed = Number((await ready).text().slice('ready '.length));
    await context.close();
    return elapsed;
  };
  const app: number[] = [];
  const blank: number[] = [];
  // Two of each first: the browser's own start-up work is still going on under the first loads.
  for (let warmup = 0; warmup < 2; warmup += 1) {
    await once(pages.blank, 'New plan');
    await once(pages.app, 'New plan');
  }
  for (let run = 0; run < runs; run += 1) {
    blank.push(await once(pages.blank, 'New plan'));
    app.push(await once(pages.app, 'New plan'));
  }
  return summarise(app, blank);
}

/**
 * Runs in the page before its own scripts: logs the time once a button with the
 * label is in the document and a frame has been drawn. Kept as text: a function
 * passed from here would carry the TypeScript runner's helpers into the page.
 */
function reportWhenButtonShown(label: string): string {
  return `{
    const label = ${JSON.stringify(label)};
    const observer = new MutationObserver(() => {
      const buttons = Array.from(document.querySelectorAll('button'));
      if (!buttons.some((button) => (button.textContent || '').includes(label))) return;
      observer.disconnect();
      requestAnimationFrame(() => console.log('ready ' + performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  }`;
}

/** JavaScript heap in use after a full garbage collection, in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

async function openPlan(page: Page, hash: string, stages: number): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash);
  await page.waitForFunction(
    (count) => document.querySelectorAll('.react-flow__node').length === count,
    stages,
    { timeout: 60_000 },
  );
}

async function closePlan(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
}

/**
 * The heap with the large plan's funnel on screen, and its growth over 50
 * cycles of opening a plan and going back to the library: memory a workshop
 * day of switching plans would otherwise pile up.
 */
export async function heapFigures(
  browser: Browser,
  appUrl: string,
  large: { hash: string; stages: number },
  cycled: { hash: string; stages: number },
  cycles = 50,
): Promise<{ largePlanMb: number; beforeMb: number; afterMb: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    await openPlan(page, large.hash, large.stages);
    const largePlanMb = await heapAfterGc(page);
    await closePlan(page);
    // The same number of cycles first. What the first cycles add and then keep (V8's
    // optimized code for functions that became hot, caches filled once) levels off; heap
    // snapshots of cycles 10 and 60 differ only by it. Anything a cycle retains — a plan,
    // a React tree, a listener — would grow as much over the second fifty as the first.
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      await openPlan(page, cycled.hash, cycled.stages);
      await closePlan(page);
    }
    const beforeMb = await heapAfterGc(page);
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      await openPlan(page, cycled.hash, cycled.stages);
      await closePlan(page);
    }
    const afterMb = await heapAfterGc(page);
    return { largePlanMb, beforeMb, afterMb };
  } finally {
    await context.close();
  }
}
