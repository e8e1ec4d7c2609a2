// Shown instead of the app when the data file cannot be opened: what is wrong, and the latest good
// backup. The damaged file is moved aside (never deleted) only when the officer chooses.
import { useState } from 'react';
import type { RecoveryInfo } from '../../shared/domain';
import { api } from '../api/client';
import { describeBackup } from '../settings/BackupsView';

export function RecoveryView({ recovery, onRecovered }: { recovery: RecoveryInfo; onRecovered: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    action().then(onRecovered, (failure: unknown) => {
      setBusy(false);
      setError(failure instanceof Error ? failure.message : String(failure));
    });
  };
  const backup = recovery.latestGoodBackup;
  return (
    <section className="recovery" aria-labelledby="recovery-heading">
      <h1 id="recovery-heading" tabIndex={-1}>
        Your data file needs attention
      </h1>
      <p>{recovery.problem}</p>
      <p>
        Nothing has been changed or deleted. Whatever you choose, the damaged file is kept beside the new one.
      </p>
      {error ? <p role="alert">{error}</p> : null}
      {backup ? (
        <>
          <p>The latest good backup is from {describeBackup(backup)}.</p>
          <button
            type="button"
            disabled={busy}
            onClick={() => run(() => api.call('backups.restore', { id: backup.id }))}
          >
            Restore the latest good backup
          </button>
        </>
      ) : (
        <>
          <p>There is no backup to restore.</p>
          <button
            type="button"
            disabled={busy}
            onClick={() => run(() => api.call('recovery.startAfresh', {}))}
          >
            Set the damaged file aside and start afresh
          </button>
        </>
      )}
    </section>
  );
}
