import type { Locator } from '@playwright/test';

/**
 * Types into a field as a person does: clicks it, selects what is there, types the text
 * key by key and, unless told otherwise, presses Enter. Never `fill`, which sets the whole
 * value at once and so never shows what a field does with a half-typed one.
 */
export async function typeInto(
  field: Locator,
  text: string,
  finish: 'Enter' | 'Tab' | 'Escape' | null = 'Enter',
): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  if (text === '') await field.press('Delete');
  else await field.pressSequentially(text);
  if (finish) await field.press(finish);
}
