import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import { createApiClient } from '../../../../shared/api/client';
import { MARKETING_TEAM_ID } from '../../../../shared/domain/plan-doc';
import { createAppStore } from '../../../../renderer/store/app-store';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let library: Library;
let store: ReturnType<typeof createAppStore>;

beforeEach(async () => {
  dir = makeTempDir();
  library = await openLibrary(dir.path);
  // The store talks to a real library through the same dispatcher both shells use.
  store = createAppStore(createApiClient(async (method, input) => library.dispatch(method, input)));
});
afterEach(() => {
  library.close();
  dir.remove();
});

describe('workspace store', () => {
  it('shows an edit at once and saves edits in order', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    await store.getState().openPlan(created.doc.id);
    const { dispatch } = store.getState();
    expect(dispatch([{ type: 'plan.setMeta', patch: { client: 'A' } }])).toBeNull();
    expect(store.getState().current?.doc.client).toBe('A');
    expect(store.getState().saveState.status).toBe('saving');
    dispatch([
      {
        type: 'person.add',
        person: { id: 'p1', name: 'Ana', roleTitle: '', teamId: MARKETING_TEAM_ID },
      },
    ]);
    dispatch([{ type: 'person.update', personId: 'p1', patch: { roleTitle: 'CMO' } }]);
    await store.getState().flush();
    expect(store.getState().saveState.status).toBe('saved');
    expect(library.plans.get(created.doc.id).doc).toMatchObject({
      client: 'A',
      people: [{ name: 'Ana', roleTitle: 'CMO' }],
    });
    expect(store.getState().current?.plan.revision).toBe(3);
  });

  it('keeps its own document object when the host confirms the same result', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    await store.getState().openPlan(created.doc.id);
    store.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'Same' } }]);
    const optimistic = store.getState().current?.doc;
    await store.getState().flush();
    expect(store.getState().current?.doc).toBe(optimistic);
    expect(store.getState().current?.plan.revision).toBe(1);
  });

  it('refuses an edit the reducer rejects, without sending it', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    await store.getState().openPlan(created.doc.id);
    const refusal = store.getState().dispatch([{ type: 'person.remove', personId: 'ghost' }]);
    expect(refusal).toMatch(/person ghost does not exist/);
    expect(store.getState().saveState.status).toBe('saved');
    expect(library.plans.history(created.doc.id)).toEqual([]);
  });

  it('shows the host state again and an error when the host refuses an edit', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    await store.getState().openPlan(created.doc.id);
    library.plans.rename(created.doc.id, 'Changed elsewhere');
    store.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'Mine' } }]);
    await store.getState().flush();
    expect(store.getState().saveState).toMatchObject({ status: 'error', code: 'CONFLICT' });
    expect(store.getState().current?.doc).toMatchObject({ name: 'Changed elsewhere', client: '' });
  });

  it('undoes and redoes through the host', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    await store.getState().openPlan(created.doc.id);
    store.getState().dispatch([{ type: 'plan.rename', name: 'Renamed' }]);
    await store.getState().undo();
    expect(store.getState().current).toMatchObject({ doc: { name: 'Store plan' }, canRedo: true });
    await store.getState().redo();
    expect(store.getState().current).toMatchObject({ doc: { name: 'Renamed' }, canRedo: false });
  });

  it('marks a missing plan as missing', async () => {
    await store.getState().openPlan('nope');
    expect(store.getState().workspaceStatus).toBe('missing');
  });
});
