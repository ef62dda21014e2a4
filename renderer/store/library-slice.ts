import type {
  MethodInput,
  PlanState,
  PlanSummary,
  SnapshotSummary,
} from '../../shared/api/contract';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import type { SliceCreator } from './app-store';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LibrarySlice {
  plans: PlanSummary[];
  trash: PlanSummary[];
  libraryStatus: LoadStatus;
  loadLibrary: () => Promise<void>;
  createPlan: (input: MethodInput<'plans.create'>) => Promise<PlanState>;
  renamePlan: (id: string, name: string) => Promise<void>;
  duplicatePlan: (id: string, name: string) => Promise<PlanState>;
  deletePlan: (id: string) => Promise<void>;
  restorePlan: (id: string) => Promise<void>;
  purgePlan: (id: string) => Promise<void>;
  exportPlanFile: (id: string) => Promise<{ fileName: string; content: string }>;
  /** Creates a new plan from a plan file's text; the host refuses a bad file whole. */
  importPlanFile: (content: string) => Promise<PlanState>;
  signOff: (id: string) => Promise<SnapshotSummary>;
  listSnapshots: (id: string) => Promise<SnapshotSummary[]>;
  getSnapshot: (
    id: string,
    snapshotId: string,
  ) => Promise<{ snapshot: SnapshotSummary; doc: PlanDoc }>;
  copySnapshot: (id: string, snapshotId: string, name: string) => Promise<PlanState>;
  /** The plan printed as a PDF by the shell's printer. */
  printReport: (input: MethodInput<'report.pdf'>) => Promise<{ fileName: string; base64: string }>;
  /** Set by the desktop menu's "New plan": the library opens its create dialog. */
  createRequested: boolean;
  requestCreate: (requested: boolean) => void;
}

export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get, api) => {
  /** Every library change is followed by a fresh list: the host is the truth. */
  const refresh = async () => {
    const [active, trashed] = await Promise.all([
      api('plans.list', {}),
      api('plans.list', { trash: true }),
    ]);
    set({ plans: active.plans, trash: trashed.plans, libraryStatus: 'ready' });
  };

  return {
    plans: [],
    trash: [],
    libraryStatus: 'idle',
    loadLibrary: async () => {
      if (get().libraryStatus === 'idle') set({ libraryStatus: 'loading' });
      try {
        await refresh();
      } catch (error) {
        set({ libraryStatus: 'error' });
        throw error;
      }
    },
    createPlan: async (input) => {
      const state = await api('plans.create', input);
      await refresh();
      return state;
    },
    renamePlan: async (id, name) => {
      await api('plans.rename', { id, name });
      await refresh();
    },
    duplicatePlan: async (id, name) => {
      const state = await api('plans.duplicate', { id, name });
      await refresh();
      return state;
    },
    deletePlan: async (id) => {
      await api('plans.delete', { id });
      await refresh();
    },
    restorePlan: async (id) => {
      await api('plans.restore', { id });
      await refresh();
    },
    purgePlan: async (id) => {
      await api('plans.purge', { id });
      await refresh();
    },
    exportPlanFile: (id) => api('plans.export', { id }),
    printReport: (input) => api('report.pdf', input),
    signOff: (id) => api('plans.signOff', { id }),
    listSnapshots: async (id) => (await api('snapshots.list', { id })).snapshots,
    getSnapshot: (id, snapshotId) => api('snapshots.get', { id, snapshotId }),
    copySnapshot: async (id, snapshotId, name) => {
      const state = await api('snapshots.copy', { id, snapshotId, name });
      await refresh();
      return state;
    },
    importPlanFile: async (content) => {
      const state = await api('plans.import', { content });
      await refresh();
      return state;
    },
    createRequested: false,
    requestCreate: (requested) => set({ createRequested: requested }),
  };
};
