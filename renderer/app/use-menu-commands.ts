import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { LANGUAGES } from '../../shared/i18n/languages';
import { useAppStore } from '../store/store-context';
import { oneOf } from '../ui/one-of';
import { changeLanguage } from './i18n';
import { saveTextFile } from './download';

/**
 * The desktop menu sends plain command names; the browser shell has no menu
 * and reaches the same actions through buttons and shortcuts.
 */
export function useMenuCommands(): void {
  const [, navigate] = useLocation();
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const currentId = useAppStore((s) => s.current?.doc.id ?? null);
  const exportPlanFile = useAppStore((s) => s.exportPlanFile);
  const requestCreate = useAppStore((s) => s.requestCreate);

  useEffect(() => {
    const bridge = window.smarketing;
    if (!bridge) return;
    return bridge.onMenuCommand((command) => {
      if (command === 'new-plan') {
        requestCreate(true);
        navigate('/');
      } else if (command === 'undo') void undo();
      else if (command === 'redo') void redo();
      else if (command === 'export-plan' && currentId) {
        void exportPlanFile(currentId).then((file) => saveTextFile(file.fileName, file.content));
      } else if (command.startsWith('language:')) {
        const language = oneOf(LANGUAGES, command.slice('language:'.length));
        if (language) {
          void changeLanguage(language);
          void updateSettings({ language });
        }
      }
    });
  }, [navigate, undo, redo, updateSettings, currentId, exportPlanFile, requestCreate]);
}
