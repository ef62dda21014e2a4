import { spawn } from 'node:child_process';

/**
 * Opens the system browser when there is one. A machine without a desktop
 * (a server, CI) simply has none: the printed address is enough there.
 */
export function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin'
      ? 'open'
      : process.platform === 'win32'
        ? 'explorer.exe'
        : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this machine: the address printed above is how to get in.
  }
}
