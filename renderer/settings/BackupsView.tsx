// "Back up now" and "Restore from backup…". Backups are also made every 15 minutes while there are
// changes, and on quit; restoring first keeps the current file as a backup of its own.
import { useCallback, useEffect, useState } from 'react';
import type { BackupFile, BackupList } from '../../shared/domain';
import { formatMoment } from '../../shared/format';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ViewHeading } from '../components/ViewHeading';
import { useAppStore } from '../state/store';

export const describeBackup = (backup: BackupFile): string =>
  `${formatMoment(backup.takenAt)}${backup.kind === 'before restore' ? ' (kept before a restore)' : ''}, ${Math.max(1, Math.round(backup.bytes / 1024)).toLocaleString('en-GB')} KB`;

export function BackupsView() {
  const perform = useAppStore((state) => state.perform);
  const [list, setList] = useState<BackupList | null>(null);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  const load = useCallback(() => void api.call('backups.list', {}).then(setList), []);
  useEffect(load, [load]);

  return (
    <section>
      <ViewHeading focusKey="backups">Backups</ViewHeading>
      <p className="hint">
        Minutebook backs up your data every 15 minutes while you work and when you quit, keeping the last
        three of today and one for each of the seven days before. {list ? `They are in ${list.folder}.` : ''}
      </p>
      <button
        type="button"
        onClick={() => void perform(() => api.call('backups.create', {}), 'Backed up.').then(load)}
      >
        Back up now
      </button>
      <h2>Restore from backup</h2>
      {list === null ? null : list.backups.length === 0 ? (
        <p>No backups yet.</p>
      ) : (
        <ul className="backups">
          {list.backups.map((backup) => (
            <li key={backup.id}>
              {describeBackup(backup)}{' '}
              <button type="button" onClick={() => setRestoring(backup)}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
      {restoring ? (
        <ConfirmDialog
          title="Restore this backup?"
          message={`Your data will be as it was on ${describeBackup(restoring)}. What is there now is kept first, as a backup of its own, so you can come back to it.`}
          confirmLabel="Restore"
          onCancel={() => setRestoring(null)}
          onConfirm={() => {
            const backup = restoring;
            setRestoring(null);
            void perform(
              () => api.call('backups.restore', { id: backup.id }),
              (done) => `Restored. What was there before is kept as ${done.savedAs ?? 'a backup'}.`,
            ).then(load);
          }}
        />
      ) : null}
    </section>
  );
}
