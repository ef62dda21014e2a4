import type { RefusedEdit, TeamStatus } from '../../shared/api/team';
import type { SliceCreator } from './app-store';

export interface TeamSlice {
  /** This laptop's link to its team server; null until first asked. */
  team: TeamStatus | null;
  refreshTeam: () => Promise<TeamStatus>;
  connectTeam: (input: { server: string; code: string; deviceName: string }) => Promise<TeamStatus>;
  shareWithTeam: (planId: string) => Promise<TeamStatus>;
  syncTeam: () => Promise<TeamStatus>;
  /** Leaves the team; its plans stay in the library as this computer's own. */
  leaveTeam: () => Promise<TeamStatus>;
  /** The changes of this laptop the team server did not apply, with why. */
  refusedEdits: RefusedEdit[];
  loadRefusedEdits: () => Promise<void>;
  dismissRefusedEdit: (id: number) => Promise<void>;
}

export const createTeamSlice: SliceCreator<TeamSlice> = (set, get, api) => {
  const keep = (team: TeamStatus) => {
    set({ team });
    return team;
  };
  return {
    team: null,
    refreshTeam: async () => keep(await api('team.status', {})),
    connectTeam: async (input) => {
      const team = keep(await api('team.connect', input));
      // Joining brings the team's plans into the library: the list shows them at once.
      await get().loadLibrary();
      return team;
    },
    shareWithTeam: async (planId) => keep(await api('team.share', { id: planId })),
    syncTeam: async () => {
      const team = keep(await api('team.sync', {}));
      await get().loadLibrary();
      return team;
    },
    leaveTeam: async () => {
      const team = keep(await api('team.leave', {}));
      set({ refusedEdits: [] });
      return team;
    },
    refusedEdits: [],
    loadRefusedEdits: async () => {
      const { edits } = await api('team.refused', {});
      set({ refusedEdits: edits });
    },
    dismissRefusedEdit: async (id) => {
      keep(await api('team.dismissRefused', { id }));
      const { edits } = await api('team.refused', {});
      set({ refusedEdits: edits });
    },
  };
};
