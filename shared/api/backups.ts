import * as z from 'zod';
import { lazySchema } from '../domain/lazy-schema';

/** Why a backup was made: on the schedule, by hand, or before a step that could lose work. */
export const BackupReasonSchema = lazySchema(() =>
  z.enum(['scheduled', 'manual', 'before-restore', 'before-migration']),
);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/**
 * library-20261127T140509123Z-scheduled.sqlite. Callers name a backup only by
 * a file name of exactly this shape, so no path can reach outside the folder.
 */
export const BACKUP_FILE_PATTERN =
  /^library-(\d{8}T\d{9}Z)-(scheduled|manual|before-restore|before-migration)\.sqlite$/;

export const BackupFileNameSchema = lazySchema(() =>
  z.string().max(100).regex(BACKUP_FILE_PATTERN, 'not the name of a backup'),
);

export const BackupInfoSchema = lazySchema(() =>
  z.strictObject({
    fileName: z.string(),
    createdAt: z.string(),
    reason: BackupReasonSchema,
    sizeBytes: z.number().int().nonnegative(),
    /** How many plans it holds; null when it did not check out. */
    planCount: z.number().int().nonnegative().nullable(),
    /** Why it cannot be restored, or null when it can. */
    problem: z.string().nullable(),
  }),
);
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** How the library was found at start: whole, or damaged and kept aside. */
export const LibraryStatusSchema = lazySchema(() =>
  z.strictObject({
    damaged: z
      .strictObject({
        /** Where the damaged file was moved; it is never written to again. */
        keptAs: z.string(),
        problem: z.string(),
      })
      .nullable(),
    newestGoodBackup: BackupInfoSchema.nullable(),
  }),
);
export type LibraryStatus = z.infer<typeof LibraryStatusSchema>;
