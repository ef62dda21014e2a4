import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from '../../../../electron/main/app-protocol';
import { fakeProtocol } from '../../../helpers/electron-mock';
import { makeTempDir } from '../../../helpers/temp-dir';

type ProtocolHandle = Parameters<typeof serveRenderer>[0];

let dir: ReturnType<typeof makeTempDir>;
let handler: (request: Request) => Promise<Response>;

beforeEach(() => {
  dir = makeTempDir();
  mkdirSync(join(dir.path, 'renderer/assets'), { recursive: true });
  writeFileSync(join(dir.path, 'renderer/index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir.path, 'renderer/assets/app.js'), 'console.log(1)');
  writeFileSync(join(dir.path, 'secret.txt'), 'secret');
  serveRenderer(fakeProtocol as unknown as ProtocolHandle, join(dir.path, 'renderer'));
  const registered = fakeProtocol.handlers.get('app');
  if (!registered) throw new Error('app:// not registered');
  handler = registered;
});
afterEach(() => dir.remove());

describe('app:// protocol', () => {
  it('is privileged like https, with V8’s code cache for its scripts', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        codeCache: true,
      },
    });
  });

  it('serves the built renderer with the strict CSP', async () => {
    const response = await handler(new Request('app://smarketing/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await response.text()).toContain('<title>app</title>');
    expect(
      (await handler(new Request('app://smarketing/assets/app.js'))).headers.get('content-type'),
    ).toMatch(/javascript/);
  });

  it('never serves a file outside the renderer folder or for another host', async () => {
    expect((await handler(new Request('app://smarketing/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://smarketing/..%2fsecret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://smarketing/missing.js'))).status).toBe(404);
  });
});
