import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import { createWebServer } from '../../../../electron/web/server';
import { parsePlanChanged } from '../../../../renderer/app/transport';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let library: Library;

beforeEach(async () => {
  dir = makeTempDir();
  library = await openLibrary(dir.path);
});
afterEach(() => {
  library.close();
  dir.remove();
});

describe('plan changes', () => {
  it('are published for each stored revision, and never for a read', async () => {
    const seen: unknown[] = [];
    library.changes.subscribe((change) => seen.push(change));
    const created = (await library.dispatchAll('plans.create', { name: 'Shared' })) as {
      ok: true;
      value: { doc: { id: string } };
    };
    const id = created.value.doc.id;
    await library.dispatchAll('plans.apply', {
      id,
      commands: [{ type: 'plan.setMeta', patch: { client: 'Acme' } }],
    });
    await library.dispatchAll('plans.get', { id });
    await library.dispatchAll('plans.undo', { id });
    await library.dispatchAll('plans.apply', { id, commands: [{ type: 'no.such.command' }] });
    expect(seen).toEqual([
      { planId: id, revision: 1 },
      { planId: id, revision: 2 },
    ]);
  });

  it('reach a browser tab as server-sent events, only with the launch token', async () => {
    const token = 'a'.repeat(32);
    const server = createWebServer({
      dispatch: library.dispatchAll,
      rendererDir: dir.path,
      token,
      changes: library.changes,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const refused = await fetch(`${origin}/api/events`);
      expect(refused.status).toBe(401);

      const controller = new AbortController();
      const stream = await fetch(`${origin}/api/events`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: controller.signal,
      });
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = stream.body!.getReader();
      const decoder = new TextDecoder();
      await reader.read(); // ": connected"

      const created = (await library.dispatchAll('plans.create', { name: 'Live' })) as {
        ok: true;
        value: { doc: { id: string } };
      };
      const id = created.value.doc.id;
      await library.dispatchAll('plans.apply', {
        id,
        commands: [{ type: 'plan.setMeta', patch: { client: 'Acme' } }],
      });
      let text = '';
      while (!text.includes('\n\n')) text += decoder.decode((await reader.read()).value);
      expect(parsePlanChanged(text.split('\n\n')[0] ?? '')).toEqual({ planId: id, revision: 1 });
      controller.abort();
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('reading a server-sent event', () => {
  it('takes a well-formed plan change and ignores anything else', () => {
    expect(parsePlanChanged('event: plan.changed\ndata: {"planId":"p1","revision":4}')).toEqual({
      planId: 'p1',
      revision: 4,
    });
    expect(parsePlanChanged(': still here')).toBeNull();
    expect(parsePlanChanged('event: plan.changed\ndata: {"planId":1}')).toBeNull();
    expect(parsePlanChanged('event: plan.changed\ndata: not json')).toBeNull();
  });
});
