import { expect, type Locator, type Page } from '@playwright/test';

/** An open plan: its header, the undo controls and the plan & people section. */
export class WorkspacePage {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async expectSaved(): Promise<void> {
    const status = this.page.getByRole('status').filter({ hasText: 'All changes saved' });
    await expect(status).toBeVisible();
    // A quick save says "saved" while it runs; the indicator is busy until it has landed.
    await expect(status).toHaveAttribute('aria-busy', 'false');
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: /^Undo(: |$)/ }).click();
    await this.expectSaved();
  }

  async redo(): Promise<void> {
    await this.page.getByRole('button', { name: /^Redo(: |$)/ }).click();
    await this.expectSaved();
  }

  async addPerson(name: string, role: string, team: 'Marketing' | 'Sales'): Promise<void> {
    await this.page.getByLabel('Name of new person').fill(name);
    await this.page.getByLabel('Role title of new person').fill(role);
    await this.page.getByLabel('Team of new person').selectOption({ label: team });
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await expect(this.page.getByLabel(`Name of ${name}`)).toHaveValue(name);
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('link', { name: 'All plans' }).click();
  }
}
