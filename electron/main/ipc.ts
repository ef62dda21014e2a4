import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { METHOD_NAMES } from '../../shared/api/method-names';
import type { ApiEnvelope } from '../../shared/api/envelope';
import type { ShellDispatcher } from '../core/api-handlers';
import { API_CHANNEL_PREFIX } from './ipc-channels';
import { isAppUrl } from './security';

/**
 * Binds every contract method to its own IPC channel through one wrapper.
 * As in Electron Fiddle, a call from anything but a window this app created,
 * showing the app's own page, is dropped before its input is even parsed.
 */
export function bindApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: ShellDispatcher,
  isOwnWindow: (contents: WebContents) => boolean,
  afterCall: (method: string, envelope: ApiEnvelope) => void = () => {},
): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(
      `${API_CHANNEL_PREFIX}${method}`,
      async (event: IpcMainInvokeEvent, input: unknown) => {
        if (!isTrustedSender(event, isOwnWindow)) {
          throw new Error('refused: not a Smarketing Planner window');
        }
        const envelope = await dispatch(method, input);
        afterCall(method, envelope);
        return envelope;
      },
    );
  }
}

type FrameIdentity = Pick<WebFrameMain, 'url' | 'frameTreeNodeId' | 'parent'>;

/**
 * Trusted: a window this app created, calling from its top-level frame, which shows the
 * app's own page. A frame inside the page (were one ever embedded) never gets the API, even
 * on app://. A frame that is gone (`senderFrame` null after a navigation) is refused.
 */
export function isTrustedSender(
  event: { sender: WebContents; senderFrame: FrameIdentity | null },
  isOwnWindow: (contents: WebContents) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !isOwnWindow(event.sender)) return false;
  const main: FrameIdentity = event.sender.mainFrame;
  // frameTreeNodeId is browser-wide and fixed for a frame's life (WebFrameMain objects need
  // not be the same JavaScript object from one event to the next).
  const isMainFrame = frame.parent === null && frame.frameTreeNodeId === main.frameTreeNodeId;
  return isMainFrame && isAppUrl(frame.url);
}
