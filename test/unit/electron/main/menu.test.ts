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

  it('on macOS, has the app menu, one Quit (the app menu’s) and a Window menu', () => {
    const mac = buildMenuTemplate('en', () => {}, 'darwin');
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(flatten(mac).filter((item) => item.role === 'quit')).toEqual([]);
    expect(mac.at(-1)).toEqual({ label: 'Window', role: 'windowMenu' });
    expect(buildMenuTemplate('es', () => {}, 'darwin').at(-1)?.label).toBe('Ventana');
  });

  it('elsewhere, ends the File menu with Quit and has no Window menu', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = buildMenuTemplate('en', () => {}, platform);
      expect(menu[0]?.label).toBe('File');
      expect(flatten(menu).filter((item) => item.role === 'quit')).toHaveLength(1);
      expect(flatten(menu).some((item) => item.role === 'windowMenu')).toBe(false);
    }
  });
});
