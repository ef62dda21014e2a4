import { build } from 'esbuild';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as timers from 'node:timers';
import * as url from 'node:url';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRELOAD_BUNDLE } from '../../../../build/host-bundles.mjs';
import { apiContract } from '../../../../shared/api/contract';
import { makeTempDir } from '../../../helpers/temp-dir';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * Electron's sandboxed preload (lib/sandboxed_renderer) runs the preload's text as the body
 * of a function with exactly these parameters, in the page's isolated world: no
 * `__filename`, no `__dirname`, and a `require` that knows four modules.
 */
const SANDBOX_PARAMETERS = [
  'require',
  'process',
  'exports',
  'module',
  'Buffer',
  'global',
  'setImmediate',
  'clearImmediate',
] as const;

type Exposed = Record<string, unknown>;

interface FakeIpc {
  invoked: Array<[string, unknown]>;
  listeners: EventEmitter;
}

/** Runs a built preload as the sandbox does and returns what it exposed to the page. */
function runSandboxed(source: string): { exposed: Exposed; ipc: FakeIpc } {
  const exposed: Exposed = {};
  const ipc: FakeIpc = { invoked: [], listeners: new EventEmitter() };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        exposed[key] = value;
      },
    },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        ipc.invoked.push([channel, input]);
        return Promise.resolve({ ok: true, value: channel });
      },
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        ipc.listeners.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        ipc.listeners.removeListener(channel, listener),
    },
  };
  const modules: Record<string, unknown> = {
    electron,
    'electron/renderer': electron,
    events: { EventEmitter },
    'node:events': { EventEmitter },
    timers,
    'node:timers': timers,
    url,
    'node:url': url,
  };
  const preloadRequire = (name: string) => {
    if (!(name in modules)) throw new Error(`module not found: ${name}`);
    return modules[name];
  };
  // The isolated world is a page's global scope: the JavaScript built-ins and a few web
  // APIs, none of Node's module variables.
  const world = createContext({ console, URL, TextEncoder, TextDecoder, queueMicrotask });
  const wrapper = runInContext(
    `(function (${SANDBOX_PARAMETERS.join(', ')}) {\n${source}\n})`,
    world,
  ) as (...args: unknown[]) => void;
  const module = { exports: {} };
  wrapper(
    preloadRequire,
    { platform: process.platform, versions: process.versions, env: {} },
    module.exports,
    module,
    Buffer,
    world,
    setImmediate,
    clearImmediate,
  );
  return { exposed, ipc };
}

describe('the built preload in the sandbox wrapper', () => {
  const dir = makeTempDir('smarketing-preload-');
  let source = '';
  let bundled: string[] = [];

  beforeAll(async () => {
    // SMARKETING_PRELOAD names an already built preload to check (an older build, say).
    const given = process.env.SMARKETING_PRELOAD;
    if (given) {
      source = readFileSync(given, 'utf8');
      return;
    }
    // Built from the same options as `npm run build`, so the test sees the shipped bundle.
    const outfile = join(dir.path, 'preload.cjs');
    const { metafile } = await build({
      ...PRELOAD_BUNDLE,
      absWorkingDir: root,
      outfile,
      logLevel: 'silent',
      metafile: true,
    });
    source = readFileSync(outfile, 'utf8');
    bundled = Object.keys(metafile.inputs);
  }, 30_000);
  afterAll(() => dir.remove());

  it('runs without Node module variables and exposes exactly the contract', () => {
    const { exposed } = runSandboxed(source);
    expect(Object.keys(exposed)).toEqual(['smarketing']);
    const bridge = exposed.smarketing as { api: Record<string, unknown> };
    expect(Object.keys(bridge.api).sort()).toEqual(Object.keys(apiContract).sort());
    expect(Object.keys(bridge).sort()).toEqual(['api', 'onMenuCommand', 'onPlanChanged']);
  });

  // (An already built preload, given by SMARKETING_PRELOAD, has no build record to read.)
  it.skipIf(Boolean(process.env.SMARKETING_PRELOAD))(
    'carries the method names but none of the schemas, which every window would build',
    () => {
      expect(bundled).toContain('shared/api/method-names.ts');
      expect(bundled.filter((file) => file.includes('zod') || file.includes('/domain/'))).toEqual(
        [],
      );
    },
  );

  it('sends each method on its own channel and passes menu commands through', async () => {
    const { exposed, ipc } = runSandboxed(source);
    const bridge = exposed.smarketing as {
      api: Record<string, (input: unknown) => Promise<unknown>>;
      onMenuCommand: (listener: (command: string) => void) => () => void;
    };
    await expect(bridge.api['plans.list']?.({})).resolves.toEqual({
      ok: true,
      value: 'api:plans.list',
    });
    expect(ipc.invoked).toEqual([['api:plans.list', {}]]);

    const received: string[] = [];
    const stop = bridge.onMenuCommand((command) => received.push(command));
    ipc.listeners.emit('menu-command', {}, 'undo');
    ipc.listeners.emit('menu-command', {}, { not: 'a command' });
    stop();
    ipc.listeners.emit('menu-command', {}, 'redo');
    expect(received).toEqual(['undo']);
  });

  it('loads no module the sandbox lacks', () => {
    const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(
      (match) => match[1],
    );
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('would have caught the Node banner that made it throw', () => {
    const withBanner = `const __bundleUrl = require("node:url").pathToFileURL(__filename).href;\n${source}`;
    expect(() => runSandboxed(withBanner)).toThrow(/__filename is not defined/);
  });
});
