import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

/**
 * What both shells send with the app's page and files.
 *
 * No Cross-Origin-Opener-Policy: the app opens no windows, and a window another site
 * opens onto it gets nothing of it (the shell's token lives in the tab's own session
 * storage, which a window opened from another site does not receive; the desktop app
 * refuses every new window). What the header cost was real: a page with it cannot stay
 * in the process its blank tab began in, so every tab or window started a fresh renderer
 * process, 170 ms of the app's cold load on the developers' machine (835 → 663 ms,
 * twelve paired loads).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  const dot = path.lastIndexOf('.');
  return CONTENT_TYPES[dot >= 0 ? path.slice(dot).toLowerCase() : ''] ?? 'application/octet-stream';
}
