import type { SyncRefusal } from '../../../shared/sync/protocol';

/** What a laptop knows of its team server, as the sync engine and the API speak of it. */
export interface TeamConnection {
  server: string;
  deviceId: string;
  teamId: string;
  teamName: string;
  memberId: string;
  memberName: string;
  role: 'owner' | 'editor' | 'viewer';
}

export type SyncState = 'synced' | 'pending' | 'offline' | 'refused';

export interface TeamStatus {
  connection: TeamConnection | null;
  state: SyncState;
  /** Edits not yet acknowledged by the server. */
  pending: number;
  /** Edits the server did not apply, not yet dismissed by their author. */
  refused: number;
  /** Why the last sync failed, when it did. */
  problem: string | null;
}

export interface RefusedEdit {
  id: number;
  planId: string;
  command: unknown;
  reason: SyncRefusal;
  /** The plan as this laptop had it when told, to say the edit in the names it had. */
  planBefore: unknown;
  refusedAt: string;
}
