import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/envelope';
import { API_CHANNEL_PREFIX, MENU_CHANNEL } from '../main/ipc-channels';

/**
 * Exposes exactly the contract's methods (one IPC channel each) and the menu
 * command stream. No ipcRenderer, no Node: the page gets functions, not power.
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
});
