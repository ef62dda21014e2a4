import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/plan-doc';
import { LANGUAGES, messages } from '../../shared/i18n';

export type MenuCommand = 'new-plan' | 'export-plan' | 'undo' | 'redo' | `language:${Language}`;

/**
 * The application menu in the interface language. Plan actions are sent to
 * the renderer as command names, so the menu and the buttons run the same code.
 */
export function buildMenuTemplate(
  language: Language,
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const m = messages[language].menu;
  const app = messages[language].app;
  // On macOS Quit lives in the app menu (with About, Hide and Services) and the Window menu
  // is where the system lists open windows; elsewhere Quit ends the File menu.
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: m.file,
      submenu: [
        { label: m.newPlan, accelerator: 'CmdOrCtrl+N', click: () => send('new-plan') },
        { label: m.exportPlan, accelerator: 'CmdOrCtrl+E', click: () => send('export-plan') },
        ...(mac ? [] : [{ type: 'separator' as const }, { label: m.quit, role: 'quit' as const }]),
      ],
    },
    {
      label: m.edit,
      submenu: [
        { label: m.undo, accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: m.redo, accelerator: 'Shift+CmdOrCtrl+Z', click: () => send('redo') },
        { type: 'separator' },
        { label: m.cut, role: 'cut' },
        { label: m.copy, role: 'copy' },
        { label: m.paste, role: 'paste' },
        { label: m.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: m.view,
      submenu: [
        {
          label: m.language,
          submenu: LANGUAGES.map((code) => ({
            label: app.languages[code],
            type: 'radio' as const,
            checked: code === language,
            click: () => send(`language:${code}`),
          })),
        },
        { type: 'separator' },
        { label: m.toggleFullScreen, role: 'togglefullscreen' },
      ],
    },
    ...(mac ? [{ label: m.window, role: 'windowMenu' as const }] : []),
  ];
}
