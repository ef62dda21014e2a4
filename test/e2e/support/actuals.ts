import { expect } from '@playwright/test';
import type { planApi } from './plan-api';

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
