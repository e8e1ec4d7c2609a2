import { useAppStore } from '../state/store';

/** What just happened (polite) and what went wrong (an alert that stays until dismissed). */
export function StatusRegion() {
  const announcement = useAppStore((state) => state.announcement);
  const error = useAppStore((state) => state.error);
  const dismissError = useAppStore((state) => state.dismissError);
  return (
    <>
      <p className="announcement" role="status" aria-live="polite">
        {announcement}
      </p>
      {error ? (
        <div className="error-banner" role="alert">
          <p>{error}</p>
          <button type="button" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  );
}
