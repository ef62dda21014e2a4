import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningShell } from './browser-shell';

/** The plan library, driven by role and accessible name as a user (or screen reader) finds it. */
export class LibraryPage {
  constructor(
    readonly page: Page,
    private readonly shell: RunningShell,
  ) {}

  async open(url = this.shell.url): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1, name: /Plans|Planes/ })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async createPlan(name: string, client = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'New plan' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New plan' });
    await dialog.getByLabel('Plan name').fill(name);
    if (client) await dialog.getByLabel('Client or company').fill(client);
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async actionOn(name: string, action: string): Promise<void> {
    await this.page.getByRole('button', { name: `Actions for ${name}` }).click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  async showTrash(): Promise<void> {
    await this.page.getByRole('tab', { name: /Trash/ }).click();
  }

  async showPlans(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Plans/ }).click();
  }
}
