// "What was found": each file of a folder as read, before anything is imported, with its state
// (ready, needs your decision and why, skipped, refused) and, where something is missing, the
// officer's decision: the committee, the date, leaving it out, or opening it in the preview.
import type { Committee } from '../../shared/domain';
import type { FolderFile } from '../../shared/importFolder';
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

const key = (name: string) => name.trim().toLowerCase();

/** The committees a row may go to: those Minutebook has, the one the file names, those other files name. */
function committeeOptions(
  row: FolderRow,
  committees: readonly Committee[],
  namedInFolder: readonly string[],
) {
  const named = row.preview?.structure.meeting?.committee;
  const known = new Set(committees.map((committee) => key(committee.name)));
  const fileNamesNew = named && !row.preview?.committeeId && !known.has(key(named));
  return [
    ...(named ? [] : [{ value: '', label: 'Choose a committee…' }]),
    ...(fileNamesNew ? [{ value: `new:${named}`, label: `${named} (new, as the file names it)` }] : []),
    ...committees.map((committee) => ({ value: `id:${committee.id}`, label: committee.name })),
    ...namedInFolder
      .filter((name) => !known.has(key(name)) && key(name) !== key(named ?? ''))
      .map((name) => ({ value: `new:${name}`, label: `${name} (new, named in another file)` })),
  ];
}

/** A committee decided by name shows as the committee Minutebook has by that name, once it has one. */
function shownCommittee(value: string, committees: readonly Committee[]): string {
  if (!value.startsWith('new:')) return value;
  const existing = committees.find((committee) => key(committee.name) === key(value.slice(4)));
  return existing ? `id:${existing.id}` : value;
}

/** The new committees the folder's files name, once each. */
export function newCommitteesNamed(rows: readonly FolderRow[]): string[] {
  const names = new Map<string, string>();
  for (const row of rows) {
    const named = row.preview?.structure.meeting?.committee;
    if (named && !row.preview?.committeeId && !names.has(key(named))) names.set(key(named), named);
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
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
  const namedInFolder = newCommitteesNamed(rows);
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
          const name = row.found.name;
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
                      value={shownCommittee(row.decision.committee, committees)}
                      disabled={busy || row.decision.leaveOut}
                      onChange={(event) => decide(index, { committee: event.target.value })}
                    >
                      {committeeOptions(row, committees, namedInFolder).map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
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
