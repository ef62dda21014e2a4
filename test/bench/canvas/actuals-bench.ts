import Papa from 'papaparse';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { longestTask, watchLongTasks } from './paper-test-bench';
import { alternateRounds, type RoundsResult } from '../rounds';

export const CRM_ROWS = 100_000;
/** Between the picker opening and a file chosen in it: quicker than most people. */
const PICKING_MS = 1000;
const STAGES = [
  'Lead',
  'Marketing Qualified Lead',
  'Sales Qualified Lead',
  'Opportunity',
  'Customer',
];
const DAY = 86_400_000;

/**
 * A HubSpot contacts export of 100,000 rows and 40 columns: the record id, 10 lifecycle
 * columns (entered and exited per stage), and 29 of what contact exports carry (names,
 * e-mail, owner, source, company…). Written to a file, as a user's download is.
 */
export function writeHubspotExport(): { path: string; text: string } {
  const filler = Array.from({ length: 29 }, (_, i) => `Property ${i + 1}`);
  const header = [
    'Record ID',
    ...STAGES.flatMap((stage) => [
      `Date entered "${stage} (Lifecycle Stage Pipeline)"`,
      `Date exited "${stage} (Lifecycle Stage Pipeline)"`,
    ]),
    ...filler,
  ];
  const start = Date.UTC(2025, 0, 1);
  const rows: string[][] = [header];
  for (let r = 0; r < CRM_ROWS; r++) {
    const reached = 1 + (r % 5 === 0 ? 4 : r % 3);
    let day = start + ((r * 7919) % 730) * DAY;
    const dates = STAGES.map((_, s) => {
      if (s >= reached) return ['', ''];
      const entered = new Date(day).toISOString().slice(0, 16).replace('T', ' ');
      day += ((r + s) % 20) * DAY;
      return [
        entered,
        s + 1 < reached ? new Date(day).toISOString().slice(0, 16).replace('T', ' ') : '',
      ];
    }).flat();
    rows.push([String(1_000_000 + r), ...dates, ...filler.map((_, f) => `value ${(r + f) % 97}`)]);
  }
  const text = Papa.unparse(rows);
  const path = join(tmpdir(), `hubspot-bench-${process.pid}.csv`);
  writeFileSync(path, text);
  return { path, text };
}

/** Papaparse alone reading the same text in Node: the least any reader of the file does. */
export function papaparseAlone(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const begin = performance.now();
    Papa.parse(text, { skipEmptyLines: false });
    times.push(performance.now() - begin);
  }
  return times.sort((a, b) => a - b)[2] ?? Number.NaN;
}

/**
 * Imports the export on the Review screen of the built app and returns the milliseconds
 * from the file being chosen until the dialog states the records counted, timed inside
 * the page (Playwright's own polling would add up to half a second to what a user waits),
 * and the longest task the page's main thread ran meanwhile (what a click on Cancel would
 * have waited for).
 */
export async function importIntoReview(
  browser: Browser,
  reviewUrl: string,
  path: string,
): Promise<{ load: number; longestTask: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const counted = `${CRM_ROWS.toLocaleString('en-US')} records`;
  try {
    await page.goto(reviewUrl);
    await page.getByRole('heading', { level: 2, name: 'Review' }).waitFor();
    await watchLongTasks(page);
    await page.evaluate((text) => {
      const marks = window as unknown as { importBegin?: number; importEnd?: number };
      // The file input's change is the moment the user's choice reaches the page.
      document.addEventListener('change', () => (marks.importBegin ??= performance.now()), {
        capture: true,
      });
      new MutationObserver(() => {
        const status = document.querySelector('[role="dialog"] [role="status"]');
        if (marks.importEnd === undefined && status?.textContent?.includes(text)) {
          marks.importEnd = performance.now();
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, counted);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import a CRM export…' }).click(),
    ]);
    // A person takes a moment to find the file; the screen starts its reader meanwhile.
    await page.waitForTimeout(PICKING_MS);
    await chooser.setFiles(path);
    await page
      .getByRole('dialog')
      .getByRole('status')
      .filter({ hasText: counted })
      .waitFor({ timeout: 60_000 });
    const load = await page.evaluate(() => {
      const marks = window as unknown as { importBegin?: number; importEnd?: number };
      return (marks.importEnd ?? Number.NaN) - (marks.importBegin ?? Number.NaN);
    });
    return { load, longestTask: await longestTask(page) };
  } finally {
    await context.close();
  }
}

/** 24 months of actuals for 8 stages, as one import: what a two-year review table shows. */
export function twoYearsOfActuals(stageIds: string[]): unknown {
  const months = Array.from({ length: 24 }, (_, i) => {
    const year = 2025 + Math.floor(i / 12);
    return `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
  });
  return {
    id: 'bench-actuals',
    importedAt: '2026-12-31T10:00:00.000Z',
    fileName: 'hubspot.csv',
    crm: 'hubspot',
    kind: 'contacts',
    profileId: null,
    counting: 'passThrough',
    asOf: '2026-12-31',
    firstMonth: months[0],
    lastMonth: months.at(-1),
    records: 100_000,
    duplicates: 0,
    months: months.flatMap((month, m) =>
      stageIds.map((stageId, s) => ({ month, stageId, entered: 5000 - s * 500 + m })),
    ),
    cohorts: [],
    timeInStage: [],
    cycle: null,
    won: [],
    responses: null,
    feedback: [],
    measured: stageIds,
  };
}

/**
 * Milliseconds from asking for a section (a change of address in the open plan) until it
 * shows: the Review's 24 × 8 table against the plan overview, in the same page.
 */
export async function sectionRender(browser: Browser, planUrl: string): Promise<RoundsResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    await page.goto(`${planUrl}/overview`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const show = async (section: string, ready: string) => {
      await page.evaluate((hash) => (location.hash = hash), `${new URL(planUrl).hash}/funnel`);
      await page.locator('.funnel-section, .react-flow').first().waitFor();
      return page.evaluate(
        async ({ hash, selector }) => {
          const begin = performance.now();
          location.hash = hash;
          while (!document.querySelector(selector)) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
          return performance.now() - begin;
        },
        { hash: `${new URL(planUrl).hash}/${section}`, selector: ready },
      );
    };
    const overview = () => show('overview', '.workspace-main.section-overview h2');
    const review = () => show('review', '.plan-vs-actual-table tbody tr:nth-child(8)');
    await overview();
    await review();
    return await alternateRounds({ floor: overview, subject: review });
  } finally {
    await context.close();
  }
}
