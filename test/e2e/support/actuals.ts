import { expect, type Page } from '@playwright/test';
import type { RunningShell } from './browser-shell';
import { planIn, type planApi } from './plan-api';

/** A new plan in that language, its Review screen open on the projector's 1280 × 720. */
export async function reviewOfNewPlan(
  page: Page,
  shell: RunningShell,
  language: 'en' | 'es',
  plan: { name: string; template: string },
): ReturnType<typeof planIn> {
  await page.setViewportSize({ width: 1280, height: 720 });
  const created = await planIn(shell, language, plan);
  await page.goto(`${shell.url}#/plans/${created.doc.id}/review`);
  return created;
}

/** What the import tests read back of a plan's actuals. */
export interface StoredActuals {
  doc: {
    actuals: {
      imports: Array<{
        fileName: string;
        firstMonth: string;
        lastMonth: string;
        records: number;
        months: Array<{ month: string; stageId: string; entered: number }>;
      }>;
      profiles: Array<{ headers: string[]; planStages: Record<string, string> }>;
    };
  };
}

/**
 * The plan as stored once the import has reached the host. The dialog closes as the
 * edit is applied on screen; the write to the library follows a moment later.
 */
export async function storedOnceImported(
  api: ReturnType<typeof planApi>,
  id: string,
): Promise<StoredActuals> {
  await expect
    .poll(async () => (await api<StoredActuals>('plans.get', { id })).doc.actuals.imports.length)
    .toBeGreaterThan(0);
  return api<StoredActuals>('plans.get', { id });
}
