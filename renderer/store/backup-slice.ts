import type { BackupInfo, LibraryStatus } from '../../shared/api/contract';
import type { Language } from '../../shared/domain/plan-doc';
import type { SliceCreator } from './app-store';

export interface BackupSlice {
  backups: BackupInfo[];
  /** How the library was found at start; null until asked. */
  recovery: LibraryStatus | null;
  loadRecovery: () => Promise<void>;
  dismissRecovery: () => Promise<void>;
  listBackups: () => Promise<void>;
  createBackup: () => Promise<BackupInfo>;
  /** Replaces the whole library with a backup; the library as it was is backed up first. */
  restoreBackup: (
    fileName: string,
  ) => Promise<{ safetyBackup: BackupInfo | null; language: Language }>;
}

export const createBackupSlice: SliceCreator<BackupSlice> = (set, get, api) => {
  const listBackups = async () => {
    set({ backups: (await api('backups.list', {})).backups });
  };
  return {
    backups: [],
    recovery: null,
    loadRecovery: async () => set({ recovery: await api('library.status', {}) }),
    dismissRecovery: async () => set({ recovery: await api('library.dismissRecovery', {}) }),
    listBackups,
    createBackup: async () => {
      const backup = await api('backups.create', {});
      await listBackups();
      return backup;
    },
    restoreBackup: async (fileName) => {
      const result = await api('backups.restore', { fileName });
      // Everything came back as it was: plans, trash, settings (the language too).
      const [settings] = await Promise.all([
        get().loadSettings(),
        get().loadLibrary(),
        listBackups(),
      ]);
      set({ recovery: await api('library.status', {}) });
      return { safetyBackup: result.safetyBackup, language: settings.language };
    },
  };
};
