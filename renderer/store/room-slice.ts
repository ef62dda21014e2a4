import type { ActivitySetupInput, RoomInfo } from '../../shared/api/room';
import type { SliceCreator } from './app-store';

export interface RoomSlice {
  /** The workshop room as the host last said; null until first asked. */
  room: RoomInfo | null;
  refreshRoom: () => Promise<RoomInfo>;
  /** This computer's local-network addresses, to open the room on. */
  roomAddresses: () => Promise<Array<{ address: string; interface: string }>>;
  openRoom: (planId: string, address: string) => Promise<RoomInfo>;
  closeRoom: () => Promise<RoomInfo>;
  setRoomJoining: (change: { locked?: boolean; rotate?: boolean }) => Promise<RoomInfo>;
  removeFromRoom: (participantId: string) => Promise<RoomInfo>;
  curateIdea: (
    cardId: string,
    change: { hidden?: boolean; mergeInto?: string },
  ) => Promise<RoomInfo>;
  startRoomActivity: (setup: ActivitySetupInput) => Promise<RoomInfo>;
  setRoomActivity: (change: { locked?: boolean; revealed?: boolean }) => Promise<RoomInfo>;
  /**
   * The activity whose results this window last kept in the plan, and how many had answered
   * then: starting another while more answers than that wait asks first.
   */
  keptRoomAnswers: { activityId: string; answered: number } | null;
  noteRoomAnswersKept: (activityId: string, answered: number) => void;
}

export const createRoomSlice: SliceCreator<RoomSlice> = (set, _get, api) => {
  const keep = (room: RoomInfo) => {
    set({ room });
    return room;
  };
  return {
    room: null,
    refreshRoom: async () => keep(await api('room.status', {})),
    roomAddresses: async () => (await api('room.addresses', {})).addresses,
    openRoom: async (planId, address) => keep(await api('room.open', { planId, address })),
    closeRoom: async () => keep(await api('room.close', {})),
    setRoomJoining: async (change) => keep(await api('room.joining', change)),
    removeFromRoom: async (participantId) => keep(await api('room.remove', { participantId })),
    curateIdea: async (cardId, change) => keep(await api('room.idea', { cardId, ...change })),
    startRoomActivity: async (setup) => keep(await api('room.start', { setup })),
    setRoomActivity: async (change) => keep(await api('room.activity', change)),
    keptRoomAnswers: null,
    noteRoomAnswersKept: (activityId, answered) =>
      set({ keptRoomAnswers: { activityId, answered } }),
  };
};
