import { expect, type Locator, type Page } from '@playwright/test';
import { newGoal } from '../../../shared/domain/goals';
import type { RunningShell } from './browser-shell';
import { planApi, type StoredPlan } from './plan-api';
import { typeInto } from './typing';

/** Helpers of the typing suite: a seeded plan, and fields typed and read back through the API. */

export type Language = 'en' | 'es';
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/{{(\w+)}}/g, (_, key: string) => values[key] ?? '');

export async function seedPlan(shell: RunningShell, language: Language): Promise<string> {
  const api = planApi(shell);
  await api('settings.set', { language });
  const { doc } = await api<{ doc: { id: string } }>('plans.create', {
    name: language === 'es' ? 'Plan tecleado' : 'Typed plan',
    template: 'waterfall',
    language,
    currency: 'EUR',
    period: { start: '2026-10-01', end: '2026-12-31' },
  });
  await api('plans.apply', {
    id: doc.id,
    commands: [
      {
        type: 'person.add',
        person: { id: 'ana', name: 'Ana Ruiz', roleTitle: 'CMO', teamId: 'team-marketing' },
      },
      { type: 'goal.add', goal: { ...newGoal('g1', 'MQL'), ownerIds: ['ana'] } },
      {
        type: 'action.add',
        action: { id: 'x1', text: 'CRM', ownerId: 'ana', due: null, status: 'open' },
      },
    ],
  });
  return doc.id;
}

export function stored(shell: RunningShell, id: string): Promise<StoredPlan> {
  return planApi(shell)<StoredPlan>('plans.get', { id });
}

/** Types a value and checks it was stored in exactly one revision. */
export async function typeAndStore(
  shell: RunningShell,
  id: string,
  field: Locator,
  text: string,
): Promise<StoredPlan> {
  const before = (await stored(shell, id)).plan.revision;
  await typeInto(field, text);
  await expect.poll(async () => (await stored(shell, id)).plan.revision).toBe(before + 1);
  return stored(shell, id);
}

/** Types a value that must be refused: its message appears, nothing is stored, the text stays. */
export async function typeAndRefuse(
  page: Page,
  shell: RunningShell,
  id: string,
  field: Locator,
  text: string,
  message: string,
): Promise<void> {
  const before = (await stored(shell, id)).plan.revision;
  await typeInto(field, text);
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await field.press('Tab');
  await expect(field).toHaveValue(text);
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  expect((await stored(shell, id)).plan.revision).toBe(before);
  // Escape abandons the draft and shows the stored value again.
  await field.press('Escape');
  await expect(page.getByRole('alert').filter({ hasText: message })).toHaveCount(0);
}
