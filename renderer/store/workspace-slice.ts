import { windowOrigin } from '../app/window-origin';
import type { PlanApplied, PlanState } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { Command } from '../../shared/domain/commands';
import { MERGE_WINDOW_MS, mergeKey } from '../../shared/domain/merge-key';
import { DomainError, type Refusal } from '../../shared/domain/errors';
import { buildSchemas } from '../../shared/domain/lazy-schema';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import type { applyCommands as applyCommandsType } from '../../shared/domain/reducer';
import type { SliceCreator } from './app-store';
import { freezeDeeply, runWhenIdle } from './idle-work';
import { stepOf, type PlanStep } from './plan-steps';
import { sameJson } from './same-json';

type ApplyCommands = typeof applyCommandsType;

/**
 * The reducer (and the plan schemas it checks against) is loaded with the first plan
 * opened, not with the library: a third of the first screen's code otherwise.
 */
let loadingReducer: Promise<ApplyCommands> | null = null;
export function loadReducer(): Promise<ApplyCommands> {
  loadingReducer ??= import('../../shared/domain/reducer').then((m) => {
    // The schemas an edit is checked against are built on first use: the first letter
    // typed would build the plan's (a frame's time, more on a slow machine). Built from now
    // on in idle moments, the first of them while the plan itself is on its way.
    runWhenIdle(buildSchemas);
    return m.applyCommands;
  });
  return loadingReducer;
}

/** An unsaved edit's reason is a refusal the screen puts in words, or the library out of reach. */
export type SaveState =
  { status: 'saved' } | { status: 'saving' } | { status: 'error'; refusal: Refusal | null };

export type WorkspaceStatus = 'closed' | 'loading' | 'ready' | 'missing';

export interface WorkspaceSlice {
  /** The open plan as the user sees it: the host's state plus edits still on their way. */
  current: PlanState | null;
  workspaceStatus: WorkspaceStatus;
  saveState: SaveState;
  openPlan: (id: string) => Promise<void>;
  closePlan: () => void;
  /** Applies commands at once and saves them in order; returns the plan's refusal, or null. */
  dispatch: (commands: Command[]) => Refusal | null;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Resolves when every edit sent so far has been answered. */
  flush: () => Promise<void>;
  /** The host stored a new revision of a plan (this window's edit, or another's). */
  planChanged: (change: { planId: string; revision: number }) => void;
  /**
   * The stream of changes (re)connected: anything stored while it was not listening (a
   * tab just opened, a laptop that slept) is read now, so no edit is missed.
   */
  catchUp: () => void;
  /** What this window's next undo and redo would change, and where (null: not known). */
  undoStep: PlanStep | null;
  redoStep: PlanStep | null;
  /** The step this window last undid or redid, for the screen to say what and where. */
  lastStep: { kind: 'undo' | 'redo'; step: PlanStep; at: number } | null;
  /** The newest refusal the host gave this window's undo or redo, for the screen to say. */
  lastRefusal: (Refusal & { at: number }) | null;
  /** The goal open in the goals section's editor (also set by "create goal from stage"). */
  selectedGoalId: string | null;
  selectGoal: (goalId: string | null) => void;
}

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (set, get, api) => {
  // Writes go out one at a time, in order, each on the revision the previous one produced.
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  /** The newest revision of the open plan the host has confirmed to this window. */
  let confirmedRevision = 0;
  /**
   * Whether the plan shown is the host's at `confirmedRevision` with this window's edits
   * since then applied on top. Then an edit's answer may leave the document out (the host
   * ran the same reducer on the same document). A document the host sent while edits were
   * still on their way is not shown (it would take them off the screen for a moment), so
   * until one is, the answers carry the whole document again.
   */
  let inStep = false;
  let applyCommands: ApplyCommands | null = null;
  // This window among the others that may be open on the same plan: its undo and redo
  // act on the edits it made.
  const origin = windowOrigin();
  // This window's own steps, newest last, as far as it has seen them since the plan opened.
  let ownSteps: PlanStep[] = [];
  let redoSteps: PlanStep[] = [];
  let lastEdit: { key: string | null; at: number } = { key: null, at: 0 };
  /**
   * A document the host sent is made ready for this window's next edit in idle moments:
   * frozen, as the reducer's results are (see freezeDeeply), while its plan is still open.
   */
  const readyForEdits = (doc: PlanDoc) => {
    const freeze = freezeDeeply(doc);
    runWhenIdle((hasTime) => get().current?.doc.id !== doc.id || freeze(hasTime));
  };
  const showSteps = () =>
    set({ undoStep: ownSteps.at(-1) ?? null, redoStep: redoSteps.at(-1) ?? null });

  const settle = (state: PlanApplied) => {
    confirmedRevision = state.plan.revision;
    const current = get().current;
    if (current?.doc.id !== state.plan.id) return;
    if (pending === 0) {
      // The host ran the same reducer on the same commands, so its document is
      // normally equal to ours (or left out for being so). Keeping our object then keeps
      // React's memoized rows and nodes as they are, instead of re-rendering every one.
      const doc =
        state.doc === undefined || sameJson(current.doc, state.doc) ? current.doc : state.doc;
      if (doc !== current.doc) readyForEdits(doc);
      inStep = true;
      set({ current: { ...state, doc }, saveState: { status: 'saved' } });
    } else {
      if (state.doc !== undefined) inStep = false;
      set({ current: { ...current, plan: state.plan } });
    }
  };

  const fail = async (planId: string, error: unknown) => {
    if (error instanceof ApiError && error.code !== 'IO') {
      // Refused before anything was written (an edit that no longer fits, an undo of a step
      // another window built on): nothing is unsaved; the screen says why.
      set({ lastRefusal: { ...error.refusal, at: Date.now() }, saveState: { status: 'saved' } });
    } else {
      set({
        saveState: { status: 'error', refusal: error instanceof ApiError ? error.refusal : null },
      });
    }
    // What the host has is the truth: show it again rather than an edit that was refused.
    try {
      const state = await api('plans.get', { id: planId, origin });
      if (get().current?.doc.id === planId) {
        confirmedRevision = state.plan.revision;
        inStep = true;
        set({ current: state });
        readyForEdits(state.doc);
      }
    } catch {
      // Still unreachable: keep what is on screen and the error status.
    }
  };

  const known = () => confirmedRevision;
  // A plan this window does not show changed (another window, or one the team shared
  // meanwhile): the library's list is read again, once for a burst of changes.
  let listReload: ReturnType<typeof setTimeout> | null = null;
  const listChanged = (change: { planId: string; revision: number }) => {
    const listed = get().plans.find((plan) => plan.id === change.planId);
    if ((listed && listed.revision >= change.revision) || listReload) return;
    listReload = setTimeout(() => {
      listReload = null;
      get()
        .loadLibrary()
        .catch(() => undefined);
    }, LIST_RELOAD_MS);
  };
  /**
   * Reads the plan again if the host has a revision newer than this window's (at least
   * `revision` when known). Read in the write queue, after this window's own edits on their
   * way: their answers may already carry the change, and a draft stays in its field.
   */
  const readNewer = (planId: string, revision: number | null) => {
    queue = queue.then(async () => {
      if (revision !== null && revision <= known()) return;
      try {
        const state = await api('plans.get', { id: planId, origin });
        if (get().current?.doc.id === planId && state.plan.revision > known()) settle(state);
      } catch {
        // Unreachable for now: the next change or edit brings the plan up to date.
      }
    });
  };

  const enqueue = (planId: string, write: () => Promise<PlanApplied>) => {
    pending += 1;
    set({ saveState: { status: 'saving' } });
    queue = queue.then(async () => {
      try {
        // Sent from a task of its own: a request costs the page a few milliseconds to
        // start, which, spent in the key's own task, held up the frame that shows the key.
        await nextTask();
        const state = await write();
        pending -= 1;
        settle(state);
      } catch (error) {
        pending -= 1;
        await fail(planId, error);
      }
    });
  };

  return {
    current: null,
    workspaceStatus: 'closed',
    saveState: { status: 'saved' },
    openPlan: async (id) => {
      set({ workspaceStatus: 'loading', current: null, saveState: { status: 'saved' } });
      ownSteps = [];
      redoSteps = [];
      showSteps();
      await queue;
      try {
        const [state, reducer] = await Promise.all([
          api('plans.get', { id, origin }),
          loadReducer(),
        ]);
        applyCommands = reducer;
        confirmedRevision = state.plan.revision;
        inStep = true;
        set({ current: state, workspaceStatus: 'ready' });
        readyForEdits(state.doc);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NOT_FOUND') {
          set({ workspaceStatus: 'missing' });
          return;
        }
        throw error;
      }
    },
    closePlan: () => set({ current: null, workspaceStatus: 'closed' }),
    dispatch: (commands) => {
      const current = get().current;
      // The reducer is in once a plan is: openPlan waits for both.
      if (!current || !applyCommands) return { code: 'missing.plan' };
      let doc;
      try {
        doc = applyCommands(current.doc, commands).doc;
      } catch (error) {
        if (error instanceof DomainError) return error.refusal;
        throw error;
      }
      set({ current: { ...current, doc, canUndo: true, canRedo: false } });
      // Named from the plan before the step: a renamed stage is undone under its old name.
      // An edit the host will merge into the previous step (same key, moments later) is
      // the same step here too, so the undo button keeps naming the right one.
      const step = stepOf(commands, current.doc);
      const key = commands.length === 1 && commands[0] ? mergeKey(commands[0]) : null;
      const now = Date.now();
      const continues = key !== null && key === lastEdit.key && now - lastEdit.at < MERGE_WINDOW_MS;
      lastEdit = { key, at: now };
      if (step && !continues) ownSteps.push(step);
      redoSteps = [];
      showSteps();
      const planId = current.doc.id;
      enqueue(planId, () =>
        api('plans.apply', {
          id: planId,
          commands,
          baseRevision: confirmedRevision,
          origin,
          knownResult: inStep,
        }),
      );
      return null;
    },
    undo: async () => {
      const current = get().current;
      if (!current?.canUndo) return;
      let done = false;
      enqueue(current.doc.id, async () => {
        const state = await api('plans.undo', { id: current.doc.id, origin });
        done = true;
        return state;
      });
      await queue;
      const step = ownSteps.at(-1);
      if (done && step) {
        ownSteps.pop();
        redoSteps.push(step);
        showSteps();
        set({ lastStep: { kind: 'undo', step, at: Date.now() } });
      }
    },
    redo: async () => {
      const current = get().current;
      if (!current?.canRedo) return;
      let done = false;
      enqueue(current.doc.id, async () => {
        const state = await api('plans.redo', { id: current.doc.id, origin });
        done = true;
        return state;
      });
      await queue;
      const step = redoSteps.at(-1);
      if (done && step) {
        redoSteps.pop();
        ownSteps.push(step);
        showSteps();
        set({ lastStep: { kind: 'redo', step, at: Date.now() } });
      }
    },
    flush: () => queue,
    planChanged: (change) => {
      if (get().current?.doc.id !== change.planId) {
        listChanged(change);
        return;
      }
      if (change.revision <= known()) return;
      readNewer(change.planId, change.revision);
    },
    catchUp: () => {
      const planId = get().current?.doc.id;
      if (planId) readNewer(planId, null);
    },
    undoStep: null,
    redoStep: null,
    lastStep: null,
    lastRefusal: null,
    selectedGoalId: null,
    selectGoal: (goalId) => set({ selectedGoalId: goalId }),
  };
};

/** Resolves in a task of its own, after the one running now (a key's, and its frame). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long the library's list waits after a change elsewhere, to read a burst once. */
const LIST_RELOAD_MS = 250;
