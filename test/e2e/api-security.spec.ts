import { request as httpRequest } from 'node:http';
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { PLAN_SCHEMA_VERSION } from '../../shared/domain/plan-doc';
import { expect, test } from './support/fixtures';
import type { RunningShell } from './support/browser-shell';

interface RawResponse {
  status: number;
  body: string;
}

/** A raw HTTP call, so Host and Origin can be set to anything (fetch would refuse to). */
function call(
  shell: RunningShell,
  method: string,
  headers: Record<string, string>,
  body = '{}',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: shell.port, path: `/api/${method}`, method: 'POST', headers },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function goodHeaders(shell: RunningShell): Record<string, string> {
  return {
    Host: `127.0.0.1:${shell.port}`,
    Authorization: `Bearer ${shell.token}`,
    'Content-Type': 'application/json',
  };
}

async function planCount(shell: RunningShell): Promise<number> {
  const response = await call(shell, 'plans.list', goodHeaders(shell));
  return (JSON.parse(response.body) as { plans: unknown[] }).plans.length;
}

test.describe('browser shell API', () => {
  test('answers the right caller with JSON', async ({ shell }) => {
    const created = await call(
      shell,
      'plans.create',
      goodHeaders(shell),
      JSON.stringify({ name: 'Via HTTP' }),
    );
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({
      doc: { name: 'Via HTTP', schemaVersion: PLAN_SCHEMA_VERSION },
    });
  });

  const refusals: Array<[string, (shell: RunningShell) => Record<string, string>, number]> = [
    ['no token', (s) => ({ ...goodHeaders(s), Authorization: '' }), 401],
    [
      'a wrong token',
      (s) => ({ ...goodHeaders(s), Authorization: `Bearer ${'0'.repeat(32)}` }),
      401,
    ],
    [
      'a foreign Host (DNS rebinding)',
      (s) => ({ ...goodHeaders(s), Host: `evil.example:${s.port}` }),
      403,
    ],
    ['a foreign Origin', (s) => ({ ...goodHeaders(s), Origin: 'http://evil.example' }), 403],
    ['a cross-site fetch', (s) => ({ ...goodHeaders(s), 'Sec-Fetch-Site': 'cross-site' }), 403],
    ['a form content type', (s) => ({ ...goodHeaders(s), 'Content-Type': 'text/plain' }), 415],
  ];
  for (const [what, headers, status] of refusals) {
    test(`refuses ${what} with ${status} and changes nothing`, async ({ shell }) => {
      const response = await call(
        shell,
        'plans.create',
        headers(shell),
        JSON.stringify({ name: 'Intruder' }),
      );
      expect(response.status).toBe(status);
      expect(JSON.parse(response.body)).toHaveProperty('error.code');
      expect(await planCount(shell)).toBe(0);
    });
  }

  test('refuses an oversized body with 413', async ({ shell }) => {
    const huge = JSON.stringify({ name: 'x'.repeat(13 * 1024 * 1024) });
    const response = await call(shell, 'plans.create', goodHeaders(shell), huge);
    expect(response.status).toBe(413);
    expect(await planCount(shell)).toBe(0);
  });

  test('answers malformed input with INVALID_INPUT naming the field, and an unknown plan with NOT_FOUND', async ({
    shell,
  }) => {
    const invalid = await call(
      shell,
      'plans.create',
      goodHeaders(shell),
      JSON.stringify({ name: '' }),
    );
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toEqual({
      error: {
        code: 'INVALID_INPUT',
        message: 'name: must not be empty',
        refusal: { code: 'input.empty', values: { field: 'name' } },
      },
    });
    const missing = await call(
      shell,
      'plans.get',
      goodHeaders(shell),
      JSON.stringify({ id: 'nope' }),
    );
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  test('refuses every route without the token, from another site or oversized, and changes nothing', async ({
    shell,
  }) => {
    const created = await call(shell, 'plans.create', goodHeaders(shell), '{"name":"Target"}');
    const id = (JSON.parse(created.body) as { plan: { id: string } }).plan.id;
    const exported = await call(shell, 'plans.export', goodHeaders(shell), JSON.stringify({ id }));
    // Inputs that would each change the library if the call got through.
    const inputs: Partial<Record<MethodName, unknown>> = {
      'plans.create': { name: 'Intruder' },
      'plans.rename': { id, name: 'Hijacked' },
      'plans.apply': { id, commands: [{ type: 'plan.rename', name: 'Hijacked' }] },
      'plans.import': { content: (JSON.parse(exported.body) as { content: string }).content },
      'settings.set': { language: 'es' },
      'library.status': {},
      'library.dismissRecovery': {},
      'backups.list': {},
      'backups.create': {},
      'settings.get': {},
      'plans.list': {},
    };
    const state = async () =>
      JSON.stringify(
        await Promise.all(
          [
            ['plans.list', {}],
            ['plans.list', { trash: true }],
            ['settings.get', {}],
            ['backups.list', {}],
          ].map(async ([method, input]) =>
            JSON.parse(
              (await call(shell, String(method), goodHeaders(shell), JSON.stringify(input))).body,
            ),
          ),
        ),
      );
    const before = await state();
    const oversized = JSON.stringify({ id, padding: 'x'.repeat(13 * 1024 * 1024) });
    let calls = 0;
    for (const method of METHOD_NAMES) {
      const body = JSON.stringify(inputs[method] ?? { id });
      for (const [what, headers, status] of refusals.filter(([, , code]) => code !== 415)) {
        const response = await call(shell, method, headers(shell), body);
        expect(response.status, `${method} with ${what}`).toBe(status);
        calls += 1;
      }
      const large = await call(shell, method, goodHeaders(shell), oversized);
      expect(large.status, `${method} oversized`).toBe(413);
      calls += 1;
    }
    expect(calls).toBe(METHOD_NAMES.length * 6);
    expect(await state()).toBe(before);
    // The launch line is the one place the token is ever written.
    expect(shell.output().split(shell.token).length - 1).toBe(1);
  });

  test('the launch line never repeats the token after start', async ({ shell }) => {
    await call(shell, 'plans.list', goodHeaders(shell));
    await call(shell, 'plans.list', { ...goodHeaders(shell), Authorization: 'Bearer nope' });
    expect(shell.output().split(shell.token).length - 1).toBe(1);
  });
});
