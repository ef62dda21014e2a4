import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES, type MethodName } from '../../shared/api/method-names';
import type { ApiEnvelope } from '../../shared/api/envelope';
import { API_CHANNEL_PREFIX, MENU_CHANNEL, PLAN_CHANGED_CHANNEL } from '../main/ipc-channels';

/**
 * Exposes exactly the contract's methods (one IPC channel each), the menu command
 * stream and the plan-changed stream. No ipcRenderer, no Node: the page gets functions, not power.
 */
const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [
    method,
    (input: unknown): Promise<ApiEnvelope> =>
      ipcRenderer.invoke(`${API_CHANNEL_PREFIX}${method}`, input),
  ]),
) as Record<MethodName, (input: unknown) => Promise<ApiEnvelope>>;

contextBridge.exposeInMainWorld('smarketing', {
  api,
  onMenuCommand: (listener: (command: string) => void) => {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
  onPlanChanged: (listener: (change: { planId: string; revision: number }) => void) => {
    const handler = (_event: IpcRendererEvent, change: unknown) => {
      const { planId, revision } = (change ?? {}) as { planId?: unknown; revision?: unknown };
      if (typeof planId === 'string' && typeof revision === 'number')
        listener({ planId, revision });
    };
    ipcRenderer.on(PLAN_CHANGED_CHANNEL, handler);
    return () => ipcRenderer.removeListener(PLAN_CHANGED_CHANNEL, handler);
  },
});
