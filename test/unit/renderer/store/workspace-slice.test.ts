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
    expect(refusal).toEqual({ code: 'missing.person' });
    expect(store.getState().saveState.status).toBe('saved');
    expect(library.plans.history(created.doc.id)).toEqual([]);
  });

  it('keeps an edit made while another window changed the plan, and shows both', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    await store.getState().openPlan(created.doc.id);
    library.plans.rename(created.doc.id, 'Changed elsewhere');
    store.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'Mine' } }]);
    await store.getState().flush();
    expect(store.getState().saveState).toEqual({ status: 'saved' });
    expect(store.getState().current?.doc).toMatchObject({
      name: 'Changed elsewhere',
      client: 'Mine',
    });
  });

  it('is not sent its own document back for an edit made on the newest revision', async () => {
    const answers: unknown[] = [];
    const watched = createAppStore(
      createApiClient(async (method, input) => {
        const envelope = library.dispatch(method, input);
        if (method === 'plans.apply' && envelope.ok) answers.push(envelope.value);
        return envelope;
      }),
    );
    const created = await watched.getState().createPlan({ name: 'Store plan' });
    await watched.getState().openPlan(created.doc.id);
    watched.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'A' } }]);
    watched.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'AB' } }]);
    await watched.getState().flush();
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(answer).not.toHaveProperty('doc');
    expect(watched.getState().current?.doc).toEqual(library.plans.get(created.doc.id).doc);
    expect(watched.getState().current?.plan.revision).toBe(2);
  });

  it('shows another window’s change that came between edits still on their way', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    await store.getState().openPlan(created.doc.id);
    store.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'Mine' } }]);
    await store.getState().flush();
    // Another window renames the plan; this one has not heard of it and types twice: the
    // first answer (sent while the second edit is on its way) carries the renamed plan,
    // which is not shown yet; the second must carry it again, to be shown.
    library.plans.rename(created.doc.id, 'Changed elsewhere');
    store.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'Mine 2' } }]);
    store.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'Mine 3' } }]);
    await store.getState().flush();
    expect(store.getState().current?.doc).toEqual(library.plans.get(created.doc.id).doc);
    expect(store.getState().current?.doc).toMatchObject({
      name: 'Changed elsewhere',
      client: 'Mine 3',
    });
  });

  it('shows the host state again and says why when the host refuses an edit', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    const person = { id: 'ana', name: 'Ana', roleTitle: 'CMO', teamId: 'team-marketing' };
    library.plans.apply(created.doc.id, [{ type: 'person.add', person }]);
    await store.getState().openPlan(created.doc.id);
    // Another window removes Ana while this one renames her.
    library.plans.apply(created.doc.id, [{ type: 'person.remove', personId: 'ana' }]);
    store
      .getState()
      .dispatch([{ type: 'person.update', personId: 'ana', patch: { name: 'Ana Ruiz' } }]);
    await store.getState().flush();
    // Nothing was written, so nothing is unsaved: the refusal is what the screen says.
    expect(store.getState().saveState).toEqual({ status: 'saved' });
    expect(store.getState().lastRefusal).toMatchObject({ code: 'missing.person' });
    expect(store.getState().current?.doc.people).toEqual([]);
  });

  it('undoes only this window’s edits, and says why when another window changed the same thing', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    await store.getState().openPlan(created.doc.id);
    store.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'Mine' } }]);
    await store.getState().flush();
    // Another window (another origin) changes the same field after it.
    const theirs = [{ type: 'plan.setMeta' as const, patch: { client: 'Theirs' } }];
    library.plans.apply(created.doc.id, theirs, undefined, 'w2');
    await store.getState().undo();
    expect(store.getState().lastRefusal).toMatchObject({ code: 'undo.changedSince' });
    expect(store.getState().saveState).toEqual({ status: 'saved' });
    expect(library.plans.get(created.doc.id).doc).toMatchObject({ client: 'Theirs' });
    // The other window undoes its own edit; then this one can undo its own.
    library.plans.undo(created.doc.id, 'w2');
    await store.getState().undo();
    expect(library.plans.get(created.doc.id).doc).toMatchObject({ client: '' });
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

  it('knows what its next undo and redo change, and where, by the names before the step', async () => {
    const created = await store
      .getState()
      .createPlan({ name: 'Store plan', template: 'waterfall' });
    await store.getState().openPlan(created.doc.id);
    const mql = created.doc.funnel.stages.find((s) => s.name === 'MQL');
    store.getState().dispatch([{ type: 'plan.setMeta', patch: { client: 'Acme' } }]);
    store
      .getState()
      .dispatch([
        { type: 'funnel.stage.update', stageId: mql?.id ?? '', patch: { name: 'Marketing lead' } },
      ]);
    await store.getState().flush();
    const rename = {
      section: 'funnel',
      what: 'renameStage',
      values: { name: 'MQL', to: 'Marketing lead' },
    };
    expect(store.getState()).toMatchObject({ undoStep: rename, redoStep: null });
    await store.getState().undo();
    expect(store.getState()).toMatchObject({
      undoStep: { section: 'overview', what: 'planDetails' },
      redoStep: rename,
      lastStep: { kind: 'undo', step: rename },
    });
    await store.getState().redo();
    expect(store.getState()).toMatchObject({
      undoStep: rename,
      lastStep: { kind: 'redo', step: rename },
    });
  });

  it('takes a burst of arrow-key nudges of one stage as one undo step, as the host does', async () => {
    const created = await store
      .getState()
      .createPlan({ name: 'Store plan', template: 'waterfall' });
    await store.getState().openPlan(created.doc.id);
    const mql = created.doc.funnel.stages.find((s) => s.name === 'MQL');
    const start = mql?.position ?? { x: 0, y: 0 };
    for (let i = 1; i <= 5; i++) {
      store.getState().dispatch([
        {
          type: 'funnel.stages.move',
          positions: [{ stageId: mql?.id ?? '', position: { x: start.x + 10 * i, y: start.y } }],
        },
      ]);
    }
    await store.getState().flush();
    expect(library.plans.history(created.doc.id)).toHaveLength(1);
    await store.getState().undo();
    const back = store.getState().current?.doc.funnel.stages.find((s) => s.id === mql?.id);
    expect(back?.position).toEqual(start);
    expect(store.getState().current?.canUndo).toBe(false);
    expect(store.getState().undoStep).toBeNull();
  });

  it('catches up with what was stored while its stream of changes was not connected', async () => {
    const created = await store.getState().createPlan({ name: 'Store plan' });
    await store.getState().openPlan(created.doc.id);
    // Another window's edit, with no event heard here (the stream was still connecting).
    library.plans.rename(created.doc.id, 'Renamed elsewhere');
    store.getState().catchUp();
    await store.getState().flush();
    expect(store.getState().current?.doc.name).toBe('Renamed elsewhere');
  });

  it('marks a missing plan as missing', async () => {
    await store.getState().openPlan('nope');
    expect(store.getState().workspaceStatus).toBe('missing');
  });
});
