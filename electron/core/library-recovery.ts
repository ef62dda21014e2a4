import type { LibraryStatus } from '../../shared/api/contract';
import type { BackupService } from './backup-service';

export interface DamagedLibrary {
  keptAs: string;
  problem: string;
}

/**
 * What the app says at start when the library was found damaged: where the
 * damaged file was kept and the newest backup that checks out, until the
 * leaders restore one or choose to go on with the fresh library.
 */
export class LibraryRecovery {
  private settled = false;

  constructor(
    readonly backups: BackupService,
    private readonly damaged: DamagedLibrary | null,
  ) {}

  status(): LibraryStatus {
    return {
      damaged: this.settled ? null : this.damaged,
      newestGoodBackup: this.backups.newestGood(),
    };
  }

  dismiss(): LibraryStatus {
    this.settled = true;
    return this.status();
  }
}
