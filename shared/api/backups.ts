// Backups and recovery: these also answer while the data file is damaged (recovery mode).
import { z } from 'zod';
import { none, typeError } from './fields';
import { inRecovery, query, task } from './contract';
import type { BackupFile, BackupList } from '../domain';

const backupId = z
  .string(typeError('Backup', 'Say which backup.'))
  .regex(/^(minutebook-|before-restore-)[0-9T-]+\.sqlite3$/, { error: 'That is not the name of a backup.' });

export const backupsMethods = {
  /** The backups folder and what is in it, newest first. */
  'backups.list': inRecovery(query<BackupList>()(none)),
  /** "Back up now". */
  'backups.create': task<BackupFile>()(none),
  /**
   * "Restore from backup…": the current file is first saved aside (as a backup, or, when it is
   * damaged, moved aside as it is), then the backup is put in its place.
   */
  'backups.restore': inRecovery(
    task<{ restoredFrom: string; savedAs: string | null }>()(z.strictObject({ id: backupId })),
  ),
  /** When the data file is damaged and there is no backup to restore: move it aside and start empty. */
  'recovery.startAfresh': inRecovery(task<{ savedAs: string }>()(none)),
} as const;
