import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import { createApiClient, withEarlyCalls, type PlanApi } from '../../../../shared/api/client';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let library: Library;
let calls: string[];
let api: PlanApi;

beforeEach(async () => {
  dir = makeTempDir();
  library = await openLibrary(dir.path);
  calls = [];
  // A real library behind the client, with every call that reaches it written down.
  api = createApiClient(async (method, input) => {
    calls.push(`${method} ${JSON.stringify(input)}`);
    return library.dispatch(method, input);
  });
});
afterEach(() => {
  library.close();
  dir.remove();
});

describe('reads asked for before the app has loaded', () => {
  it('go out at once, and each answers the first identical call without asking again', async () => {
    library.dispatch('plans.create', { name: 'Kickoff' });
    const early = withEarlyCalls(api, [
      ['settings.get', {}],
      ['plans.list', {}],
      ['plans.list', { trash: true }],
    ]);
    expect(calls).toEqual(['settings.get {}', 'plans.list {}', 'plans.list {"trash":true}']);

    const [active, trashed] = await Promise.all([
      early('plans.list', {}),
      early('plans.list', { trash: true }),
    ]);
    expect(active.plans.map((plan) => plan.name)).toEqual(['Kickoff']);
    expect(trashed.plans).toEqual([]);
    expect(calls).toHaveLength(3);

    // Taken once: the same read later is a fresh one.
    await early('plans.list', {});
    expect(calls).toHaveLength(4);
  });

  it('are dropped by any other call, so nothing out of date is served after a write', async () => {
    const early = withEarlyCalls(api, [['plans.list', {}]]);
    await early('plans.create', { name: 'Written after the early read' });
    const list = await early('plans.list', {});
    expect(list.plans.map((plan) => plan.name)).toEqual(['Written after the early read']);
    expect(calls).toEqual([
      'plans.list {}',
      'plans.create {"name":"Written after the early read"}',
      'plans.list {}',
    ]);
  });

  it('give their refusal to the caller who takes them, and none to nobody', async () => {
    const early = withEarlyCalls(api, [['plans.get', { id: 'no-such-plan' }]]);
    // Never taken: a refusal nobody asked for must not surface as an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(early('plans.get', { id: 'no-such-plan' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
