// "What was found": each file of a folder as read, before anything is imported, with its state
// (ready, needs your decision and why, skipped, refused) and, where something is missing, the
// officer's decision: the committee, the date, leaving it out, or opening it in the preview.
import type { Committee } from '../../shared/domain';
import type { FolderFile } from '../../shared/importFolder';
import { displayFileName } from '../../shared/fileNames';
import { committeeChoices, newCommitteesNamed, shownCommittee, TYPED } from './committeeChoices';
import { type FileDecision, type FolderRow, type RowState, rowState } from './folderRows';

const stateLabel: Record<RowState, string> = {
  ready: 'Ready',
  decide: 'Needs your decision',
  'left out': 'Left out',
  skipped: 'Skipped',
  refused: 'Refused',
  imported: 'Imported from the preview',
};

/** "Cabinet, 2025-10-14, 8 items, 3 decisions", as the file says it. */
export function foundText(file: FolderFile, decisions = true): string {
  if (!file.committee && !file.date && !file.items) return '';
  return [
    file.committee ?? 'committee not found',
    file.date ?? 'date not found',
    `${file.items} item${file.items === 1 ? '' : 's'}`,
    ...(decisions ? [`${file.decisions} decision${file.decisions === 1 ? '' : 's'}`] : []),
  ].join(', ');
}

/** The new committees the folder's files name, once each. */
export const namedNew = (rows: readonly FolderRow[]) =>
  newCommitteesNamed(
    rows.map((row) => ({
      named: row.preview?.structure.meeting?.committee,
      matched: !!row.preview?.committeeId,
    })),
  );

/** The table's choices for a row: a placeholder first where its file names no committee. */
function committeeOptions(
  row: FolderRow,
  committees: readonly Committee[],
  namedInFolder: readonly string[],
) {
  const named = row.preview?.structure.meeting?.committee || undefined;
  return [
    ...(named ? [] : [{ value: '', label: 'Choose a committee…' }]),
    ...committeeChoices(committees, named, !!row.preview?.committeeId, namedInFolder),
  ];
}

interface FoundTableProps {
  rows: readonly FolderRow[];
  committees: readonly Committee[];
  /** Controls are disabled while the folder is being imported. */
  busy: boolean;
  decide: (index: number, patch: Partial<FileDecision>) => void;
  openInPreview: (index: number) => void;
  tableRef: React.Ref<HTMLTableElement>;
}

export function FoundTable({ rows, committees, busy, decide, openInPreview, tableRef }: FoundTableProps) {
  const namedInFolder = namedNew(rows);
  return (
    <table className="folder-found" ref={tableRef} tabIndex={-1}>
      <caption>What was found</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Found</th>
          <th scope="col">State</th>
          <th scope="col">Your decision</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const { state, reason } = rowState(row);
          const name = displayFileName(row.found.name);
          const decidable = row.preview !== null && state !== 'imported';
          return (
            <tr key={index}>
              <th scope="row">{name}</th>
              <td>{foundText(row.found)}</td>
              <td>
                <strong className="folder-state">{stateLabel[state]}</strong>
                {reason ? `: ${reason}` : ''}
              </td>
              <td>
                {decidable ? (
                  <div className="folder-decision">
                    <select
                      aria-label={`Committee for ${name}`}
                      value={row.decision.typed ? TYPED : shownCommittee(row.decision.committee, committees)}
                      disabled={busy || row.decision.leaveOut}
                      onChange={(event) =>
                        decide(
                          index,
                          event.target.value === TYPED
                            ? { committee: 'new:', typed: true }
                            : { committee: event.target.value, typed: false },
                        )
                      }
                    >
                      {committeeOptions(row, committees, namedInFolder).map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                    {row.decision.typed ? (
                      <input
                        type="text"
                        aria-label={`New committee’s name for ${name}`}
                        value={row.decision.committee.slice(4)}
                        disabled={busy || row.decision.leaveOut}
                        onChange={(event) => decide(index, { committee: `new:${event.target.value}` })}
                      />
                    ) : null}
                    {row.preview?.structure.meeting?.date ? null : (
                      <input
                        type="date"
                        aria-label={`Meeting date for ${name}`}
                        value={row.decision.date}
                        disabled={busy || row.decision.leaveOut}
                        onChange={(event) => decide(index, { date: event.target.value })}
                      />
                    )}
                    <label>
                      <input
                        type="checkbox"
                        checked={row.decision.leaveOut}
                        disabled={busy}
                        onChange={(event) => decide(index, { leaveOut: event.target.checked })}
                      />{' '}
                      Leave out<span className="visually-hidden"> {name}</span>
                    </label>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => openInPreview(index)}
                      aria-label={`Open in preview: ${name}`}
                    >
                      Open in preview
                    </button>
                  </div>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
