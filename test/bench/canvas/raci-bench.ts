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

/** Milliseconds from navigation until every cell of the grid is drawn and one can take focus. */
export async function gridTimeToInteractive(page: Page, url: string): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('[role="gridcell"]').length >= count &&
      document.querySelector('[role="gridcell"][tabindex="0"]'),
    RACI_ROWS * RACI_COLS,
    { timeout: 30_000, polling: 'raf' },
  );
  return Date.now() - start;
}

/**
 * p95 of keystroke latency inside the page: from a keydown (a move or a
 * letter) to the frame in which the grid shows its result.
 */
export async function keystrokeP95(page: Page): Promise<number> {
  await page.locator('[role="gridcell"][tabindex="0"]').first().focus();
  return page.evaluate(async () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const cell = document.activeElement as HTMLElement;
      const move = i % 2 === 0;
      const key = move ? 'ArrowRight' : i % 4 === 1 ? 'r' : 'c';
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
  });
}
