import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuCommand } from '../../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it('offers new plan, export, undo, redo, language and quit in the interface language', () => {
    const sent: MenuCommand[] = [];
    const items = flatten(buildMenuTemplate('es', (c) => sent.push(c), 'linux'));
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Archivo',
        'Nuevo plan',
        'Exportar archivo del plan…',
        'Deshacer',
        'Rehacer',
        'Idioma',
        'Salir',
      ]),
    );
    click(items.find((i) => i.label === 'Nuevo plan'));
    click(items.find((i) => i.label === 'Deshacer'));
    click(items.find((i) => i.label === 'English'));
    expect(sent).toEqual(['new-plan', 'undo', 'language:en']);
    expect(items.find((i) => i.label === 'Español')?.checked).toBe(true);
  });

  it('adds the macOS app menu only on macOS', () => {
    expect(buildMenuTemplate('en', () => {}, 'darwin')[0]).toEqual({ role: 'appMenu' });
    expect(buildMenuTemplate('en', () => {}, 'win32')[0]?.label).toBe('File');
  });
});
