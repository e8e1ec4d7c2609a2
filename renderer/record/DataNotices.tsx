// What the officer must know about the open data file while working (a damaged log kept aside, or
// damage found by the background check of a large file), each with the latest good backup on offer.
// While that check runs, app.info is asked again every few seconds, so a problem shows without a click.
import { useEffect, useState } from 'react';
import type { AppInfo, BackupFile } from '../../shared/domain';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useAppStore } from '../state/store';
import { describeBackup } from '../settings/BackupsView';

const CHECK_POLL_MS = 3000;

export function DataNotices({ info }: { info: AppInfo }) {
  const perform = useAppStore((state) => state.perform);
  const refresh = useAppStore((state) => state.refresh);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);

  useEffect(() => {
    if (!info.checking) return;
    const timer = setInterval(() => {
      void api.call('app.info', {}).then(
        (latest) => {
          if (!latest.checking) void refresh();
        },
        () => undefined,
      );
    }, CHECK_POLL_MS);
    return () => clearInterval(timer);
  }, [info.checking, refresh]);

  if (info.notices.length === 0) return null;
  return (
    <>
      {info.notices.map((notice) => (
        <div key={notice.message} className="data-notice" role="alert">
          <p>{notice.message}</p>
          {notice.latestGoodBackup ? (
            <p>
              The latest good backup is from {describeBackup(notice.latestGoodBackup)}.{' '}
              <button type="button" onClick={() => setRestoring(notice.latestGoodBackup)}>
                Restore it…
              </button>
            </p>
          ) : (
            <p>There is no backup to restore yet.</p>
          )}
        </div>
      ))}
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
            );
          }}
        />
      ) : null}
    </>
  );
}
