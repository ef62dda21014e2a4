import type { BrowserWindow, MessageBoxOptions, RenderProcessGoneDetails } from 'electron';
import type { Language } from '../../shared/domain/plan-doc';
import { messages } from '../../shared/i18n';

/** More crashes than this within a minute is a loop: reloading again would only repeat it. */
const RELOADS_PER_MINUTE = 3;

export interface CrashRecoveryOptions {
  language: () => Language;
  dialog: { showMessageBox(window: BrowserWindow, options: MessageBoxOptions): Promise<unknown> };
  log: (line: string) => void;
  now?: () => number;
}

/**
 * When a window's renderer dies (out of memory, a crash, killed from the task manager) the
 * window would stay blank. It is reloaded, since every acknowledged edit is in the library,
 * and the user is told what happened, in their language, without blocking the reloaded
 * window. A renderer that keeps dying is left alone after three reloads in a minute.
 */
export function createCrashRecovery(options: CrashRecoveryOptions) {
  const now = options.now ?? Date.now;
  let recent: number[] = [];
  return (
    window: Pick<BrowserWindow, 'isDestroyed' | 'reload'>,
    details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>,
  ): boolean => {
    options.log(
      `Smarketing Planner: a window's renderer ended (${details.reason}, exit code ${details.exitCode})`,
    );
    if (details.reason === 'clean-exit' || window.isDestroyed()) return false;
    const at = now();
    recent = [...recent.filter((time) => at - time < 60_000), at];
    if (recent.length > RELOADS_PER_MINUTE) return false;
    window.reload();
    const language = options.language();
    const text = messages[language].desktop;
    void options.dialog.showMessageBox(window as BrowserWindow, {
      type: 'warning',
      title: messages[language].app.title,
      message: text.windowReloaded.replace('{{reason}}', details.reason),
      detail: text.windowReloadedDetail,
    });
    return true;
  };
}
