import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../core/content-security';
import { readRendererFile } from '../core/static-files';

export const APP_SCHEME = 'app';

/** Registered before `ready`: app:// behaves like https (secure, standard, fetch allowed). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    // V8 keeps compiled code for the app's scripts between launches, as it does for https.
    codeCache: true,
  },
};

/** Serves the built renderer from app://smarketing/ with the strict CSP; never file://. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file =
      url.host === 'smarketing' ? await readRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  });
}
