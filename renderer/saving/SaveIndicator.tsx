import { describeSaveState, type SaveState } from './Autosaver';

/** Always visible: "Saved" only once the commit has returned. */
export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <p
      className={`save-indicator save-${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-state"
    >
      {describeSaveState(state)}
    </p>
  );
}
