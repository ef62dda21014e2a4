import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlanApi } from '../../shared/api/client';
import { createBackupSlice, type BackupSlice } from './backup-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createPaperTestSlice, type PaperTestSlice } from './paper-test-slice';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createRoomSlice, type RoomSlice } from './room-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createTeamSlice, type TeamSlice } from './team-slice';
import { createTemplatesSlice, type TemplatesSlice } from './templates-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';

export type AppState = LibrarySlice &
  WorkspaceSlice &
  SettingsSlice &
  PaperTestSlice &
  BackupSlice &
  TeamSlice &
  RoomSlice &
  TemplatesSlice &
  ReviewSlice;

export type SliceCreator<Slice> = (
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
  api: PlanApi,
) => Slice;

/**
 * One store of typed slices (zustand's slices pattern). The API client is
 * passed in, so tests run the same store against a real library in Node.
 */
export function createAppStore(api: PlanApi): StoreApi<AppState> {
  return createStore<AppState>()((set, get) => ({
    ...createLibrarySlice(set, get, api),
    ...createWorkspaceSlice(set, get, api),
    ...createSettingsSlice(set, get, api),
    ...createPaperTestSlice(set, get, api),
    ...createBackupSlice(set, get, api),
    ...createTeamSlice(set, get, api),
    ...createRoomSlice(set, get, api),
    ...createTemplatesSlice(set, get, api),
    ...createReviewSlice(set, get, api),
  }));
}
