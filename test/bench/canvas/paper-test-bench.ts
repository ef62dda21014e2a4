import type { Page } from 'playwright-core';
import { scoreLeads } from '../../../shared/domain/lead-scoring';
import { parseSampleLeadsCsv } from '../../../shared/domain/sample-leads';
import { benchLeadsCsv, benchScoringModel, SAMPLE_LEADS } from '../lead-scoring.bench';

/** The commands that give a plan the 50-criterion model of the scoring benchmark. */
export function paperTestBenchCommands(): unknown[] {
  const model = benchScoringModel();
  return [
    ...model.criteria.map((criterion) => ({ type: 'handoff.criterion.add', criterion })),
    {
      type: 'handoff.scoring.set',
      patch: { decayPerMonth: model.decayPerMonth, rule: model.rule },
    },
  ];
}

/** The same file parsed, checked and scored in Node: the work the page cannot avoid. */
export function paperTestWorkInNode(): number {
  const csv = benchLeadsCsv();
  const model = benchScoringModel();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    scoreLeads(parseSampleLeadsCsv(csv, model).leads, model);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[3] ?? Number.NaN;
}

/**
 * Loads a CSV into the paper test of the page at `url` and returns the
 * milliseconds until the summary counts every lead, and the longest task the
 * main thread ran meanwhile (what a click or keystroke would have waited for).
 */
export async function loadIntoPaperTest(
  page: Page,
  url: string,
  rows: number,
): Promise<{ load: number; longestTask: number }> {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Lead scoring' }).click();
  await page.getByRole('heading', { name: 'Paper test' }).waitFor();
  await watchLongTasks(page);
  const csv = benchLeadsCsv()
    .split('\n')
    .slice(0, rows + 1)
    .join('\n');
  // The file is chosen as a person chooses it: the button opens the file chooser.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Load leads from CSV…' }).click(),
  ]);
  const start = Date.now();
  await chooser.setFiles({
    name: 'leads.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.waitForFunction(
    (count) =>
      document.querySelector('.paper-summary')?.textContent?.includes(`of ${count} sample`),
    rows.toLocaleString('en-US'),
    { timeout: 30_000, polling: 'raf' },
  );
  const load = Date.now() - start;
  return { load, longestTask: await longestTask(page) };
}

export const PAPER_TEST_ROWS = SAMPLE_LEADS;

/** Starts noting the page's long tasks (50 ms or more): what a click would wait behind. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { benchTasks: number[] }).benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** The longest task noted since watchLongTasks, 0 when none reached 50 ms. */
export async function longestTask(page: Page): Promise<number> {
  const tasks = await page.evaluate(
    () => (window as unknown as { benchTasks: number[] }).benchTasks,
  );
  return Math.max(0, ...tasks);
}
