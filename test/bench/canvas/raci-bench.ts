import type { Page } from 'playwright-core';

export const RACI_ROWS = 200;
export const RACI_COLS = 40;

/** The commands that build a 200 × 40 matrix with one A and one R per row. */
export function raciBenchCommands(teamIds: { marketing: string; sales: string }): unknown[][] {
  const roles = Array.from({ length: RACI_COLS }, (_, i) => ({
    type: 'raci.role.add',
    role: {
      id: `r${i}`,
      name: `Role ${i}`,
      teamId: i % 2 ? teamIds.sales : teamIds.marketing,
      personId: null,
    },
  }));
  const phases = ['plan', 'generate', 'qualify', 'handoff', 'close', 'retain', 'review'];
  const activities = Array.from({ length: RACI_ROWS }, (_, i) => ({
    id: `a${i}`,
    name: `Activity ${i}`,
    phase: phases[i % phases.length],
    handoff: i % 5 === 0,
  }));
  const cells = activities.flatMap((a, i) => [
    { type: 'raci.cell.set', activityId: a.id, roleId: `r${i % RACI_COLS}`, letter: 'A' },
    { type: 'raci.cell.set', activityId: a.id, roleId: `r${(i + 1) % RACI_COLS}`, letter: 'R' },
  ]);
  return [
    [...roles, { type: 'raci.activities.add', activities: activities.slice(0, 100) }],
    [{ type: 'raci.activities.add', activities: activities.slice(100) }],
    cells.slice(0, 200),
    cells.slice(200),
  ];
}

/** Rows of cells a 1440 × 900 window shows of the grid: what "drawn" must at least cover. */
const ROWS_IN_VIEW = 12;

/** A page to time a view in: where it loads, and the address that then shows the view. */
export interface ViewToOpen {
  /** Loaded first, untimed (the bare page, or the plan's overview). */
  url: string;
  /** Set in the loaded page; timed from here. */
  hash: string;
  /** Shown once the page has loaded, before the view is asked for. */
  loaded: string;
}

/**
 * Milliseconds from asking for a view in a loaded page (a change of address, as choosing
 * a tab is) until `ready` holds in a drawn frame. Timed inside the page, so the driver's
 * own round trips are not counted.
 */
export async function viewTimeToInteractive(
  page: Page,
  view: ViewToOpen,
  ready: { selector: string; count: number; also?: string },
): Promise<number> {
  await page.goto(view.url);
  await page.locator(view.loaded).first().waitFor({ state: 'attached' });
  return page.evaluate(
    async ({ hash, selector, count, also }) => {
      const begin = performance.now();
      window.location.hash = hash;
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      while (
        document.querySelectorAll(selector).length < count ||
        (also !== undefined && !document.querySelector(also))
      ) {
        await nextFrame();
      }
      await nextFrame();
      return performance.now() - begin;
    },
    { hash: view.hash, ...ready },
  );
}

/**
 * Milliseconds from asking for the grid until the rows in view are drawn and a cell holds
 * the tab stop. The bare table draws all 8,000 cells at once; the app's draws the rows in
 * view (and a few more) and the rest as they scroll in, so "in view" is what both reach.
 */
export function gridTimeToInteractive(page: Page, view: ViewToOpen): Promise<number> {
  return viewTimeToInteractive(page, view, {
    selector: '[role="gridcell"]',
    count: ROWS_IN_VIEW * RACI_COLS,
    also: '[role="gridcell"][tabindex="0"]',
  });
}

/**
 * Keys as the fastest hands press them: 20 a second, twice a fast typist's pace (100 words
 * a minute is 8 keys a second). Each key comes in a task of its own, as input does, with
 * what the last one left to do (its save, the panels under the grid) done or not.
 */
export const PACED_KEY_GAP_MS = 50;

/**
 * p95 of keystroke latency inside the page: from a keydown (a move or a letter that changes
 * the cell) to the frame in which the grid shows its result. `gapMs` apart, or (0) each key
 * the moment the last one is drawn: 60 keys a second, more than any person presses, which
 * measures how much the page does per key rather than how long a person's key waits.
 */
export async function keystrokeP95(page: Page, gapMs: number): Promise<number> {
  await page.locator('[role="gridcell"][tabindex="0"]').first().focus();
  return page.evaluate(async (gap) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
      const cell = document.activeElement as HTMLElement;
      const move = i % 2 === 0;
      // A letter the cell does not hold yet: the plan is kept between rounds, and a letter
      // typed over the same letter changes nothing, so there would be nothing to time.
      const letter = i % 4 === 1 ? 'r' : 'c';
      const other = letter === 'r' ? 'c' : 'r';
      const key = move ? 'ArrowRight' : cell.textContent === letter.toUpperCase() ? other : letter;
      const start = performance.now();
      cell.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      for (let frame = 0; frame < 60; frame++) {
        await nextFrame();
        const current = document.querySelector(
          '[role="gridcell"][tabindex="0"]',
        ) as HTMLElement | null;
        const done = move ? current !== cell : cell.textContent === key.toUpperCase();
        if (done) break;
      }
      times.push(performance.now() - start);
      const focused = document.querySelector(
        '[role="gridcell"][tabindex="0"]',
      ) as HTMLElement | null;
      focused?.focus();
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length * 0.95)] ?? Number.NaN;
  }, gapMs);
}
