import type { RunningShell } from './browser-shell';

/** The browser shell's API, called as the page calls it: what the tests read back and seed. */
export function planApi(shell: RunningShell) {
  return async function call<T = unknown>(method: string, input: unknown): Promise<T> {
    const response = await fetch(`${shell.origin}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${shell.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    if (!response.ok) throw new Error(`${method}: ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** What a test reads of a stored plan: loosely typed, since each test reads its own part. */
export interface StoredPlan {
  plan: { revision: number };
  doc: {
    period: { start: string; end: string };
    funnel: {
      assumptions: { revenueTarget: number; avgDealSize: number; topVolume: number };
      stages: Array<{ id: string; name: string }>;
      handoffs: Array<{ source: string; rate: number | null }>;
    };
    goals: {
      goals: Array<{
        baseline: number | null;
        target: number | null;
        start: string | null;
        deadline: string | null;
        statement: string;
      }>;
    };
    handoff: {
      sla: { acceptanceRate: number; firstResponseHours: number; contactAttempts: number };
    };
    workshop: { actions: Array<{ due: string | null }> };
  };
}

/** What a test needs of a plan it has just created. */
export interface CreatedPlan {
  id: string;
  funnel: {
    stages: Array<{ id: string; name: string }>;
    handoffs: Array<{ id: string; source: string; target: string; rate: number | null }>;
  };
}

/**
 * A new plan as a user of that language has it: the interface speaks the language and the
 * plan is written in it. Returns the API to go on with and the plan as created.
 */
export async function planIn(
  shell: RunningShell,
  language: 'en' | 'es',
  plan: { name: string; template?: string; currency?: string },
): Promise<{ api: ReturnType<typeof planApi>; doc: CreatedPlan }> {
  const api = planApi(shell);
  await api('settings.set', { language });
  const { doc } = await api<{ doc: CreatedPlan }>('plans.create', { ...plan, language });
  return { api, doc };
}
