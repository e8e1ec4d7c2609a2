// A folder of past minutes imported at once, from the app. Choosing the folder reads every .txt, .docx
// and .pdf in it (each known by the SHA-256 of its bytes: one imported before, or the same file twice,
// is skipped; the rest read in the import worker while the app goes on answering) and imports
// nothing. The officer then sees what was found in each file, decides what is missing (the
// committee, the date, leaving a file out, or finishing it in the preview), and presses Import:
// each ready file is imported as a meeting, one transaction each. A progress bar with Cancel while
// reading and while importing (files imported stay imported), then a summary and each file's outcome.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import {
  folderOrder,
  folderSummary,
  peopleAddedText,
  type FolderFile,
  type FolderOutcome,
} from '../../shared/importFolder';
import type { ImportTarget } from '../../shared/importing';
import { displayFileName } from '../../shared/fileNames';
import { href } from '../state/route';
import { useAppStore } from '../state/store';
import { importable, importRow, readFolderFiles, readingGroups } from './folderFiles';
import {
  type FileDecision,
  type FolderRow,
  committeeNameOf,
  firstDecision,
  foundSummary,
  importedSoFar,
  outcomesOf,
  rowState,
  targetOf,
} from './folderRows';
import { FoundTable, foundText, namedNew } from './FoundTable';

/** A file of the folder opened in the single-file preview, to be finished there. */
export interface FolderFileToOpen {
  file: File;
  hash: string;
  /** The committee and date decided in the table so far. */
  target: ImportTarget;
  /** The new committees the folder's files name, offered in the preview as in the table. */
  namedInFolder: string[];
  /** Told once the preview has imported it, with the committee and date it went under and who it added: the row becomes imported. */
  imported: (meetingId: string, under: { committee: string; date: string }, peopleAdded: string[]) => void;
}

const outcomeLabel: Record<FolderOutcome, string> = {
  imported: 'Imported',
  'would import': 'Would import',
  skipped: 'Skipped',
  'needs attention': 'Needs attention',
  refused: 'Refused',
};

type Phase = 'idle' | 'reading' | 'found' | 'importing' | 'done';

export function FolderImport({ onOpen }: { onOpen: (open: FolderFileToOpen) => void }) {
  const refresh = useAppStore((state) => state.refresh);
  const announce = useAppStore((state) => state.announce);
  const committees = useAppStore((state) => state.committees);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<{ done: number; total: number; name: string } | null>(null);
  const [rows, setRows] = useState<FolderRow[]>([]);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<FolderFile[]>([]);
  const [summary, setSummary] = useState('');
  const cancelled = useRef(false);
  const table = useRef<HTMLTableElement>(null);
  const outcomeTable = useRef<HTMLTableElement>(null);
  // The control used last was disabled while the folder was read or imported: the focus goes to what
  // was found, or to what became of each file, so the keyboard carries on from there.
  useEffect(() => {
    if (phase === 'found') table.current?.focus();
    if (phase === 'done') outcomeTable.current?.focus();
  }, [phase]);

  const chooseFolder = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []).filter((file) => importable.test(file.name));
    event.target.value = '';
    // A status belongs to the action that made it: the last import's is not this folder's.
    announce('');
    files.sort((a, b) => folderOrder(a.name, b.name));
    cancelled.current = false;
    setRows([]);
    setResults([]);
    setTotal(files.length);
    setSummary(files.length ? '' : 'The folder holds no .txt, .docx or .pdf files.');
    if (!files.length) return setPhase('idle');
    setPhase('reading');
    const read: FolderRow[] = [];
    const seen = new Map<string, string>();
    for (const group of readingGroups(files)) {
      if (cancelled.current) break;
      setProgress({ done: read.length, total: files.length, name: group[0]!.name });
      for (const found of await readFolderFiles(group, seen))
        read.push({ ...found, decision: firstDecision(found), outcome: null });
      setRows(read.slice());
    }
    setProgress(null);
    // Nothing that could be imported or decided (every file skipped or refused): that is the outcome.
    if (read.every((row) => !row.preview)) await finish(read, files.length);
    else setPhase('found');
  };

  /** The summary and each file's outcome; a row not imported because Cancel was pressed is left out. */
  const finish = async (done: FolderRow[], all: number) => {
    const outcomes = outcomesOf(done, cancelled.current);
    setResults(outcomes);
    setSummary(folderSummary(outcomes, all));
    setPhase('done');
    await refresh();
  };

  const decide = (index: number, patch: Partial<FileDecision>) =>
    setRows((current) =>
      current.map((row, at) => (at === index ? { ...row, decision: { ...row.decision, ...patch } } : row)),
    );

  const importReady = async () => {
    const ready = rows.flatMap((row, index) => (rowState(row).state === 'ready' ? [index] : []));
    cancelled.current = false;
    announce('');
    setPhase('importing');
    const done = rows.slice();
    for (const [count, index] of ready.entries()) {
      if (cancelled.current) break;
      setProgress({ done: count, total: ready.length, name: done[index]!.found.name });
      const row = done[index]!;
      done[index] = { ...row, outcome: await importRow(row, committeeNameOf(row.decision, committees)) };
      setRows(done.slice());
    }
    setProgress(null);
    await finish(done, total);
  };

  const openInPreview = (index: number) => {
    const row = rows[index]!;
    onOpen({
      file: row.file,
      hash: row.hash!,
      target: targetOf(row.decision),
      namedInFolder: namedNew(rows),
      imported: (meetingId, under, peopleAdded) => {
        setRows((current) =>
          current.map((each) =>
            each.hash === row.hash
              ? {
                  ...each,
                  outcome: {
                    ...each.found,
                    outcome: 'imported',
                    reason: '',
                    missing: [],
                    meetingId,
                    peopleAdded,
                    committee: under.committee,
                    date: under.date,
                  },
                }
              : each,
          ),
        );
        table.current?.focus();
      },
    });
  };

  const readyCount = rows.filter((row) => rowState(row).state === 'ready').length;
  const busy = phase === 'reading' || phase === 'importing';
  return (
    <section aria-label="Import a folder">
      <h2>A folder of past minutes</h2>
      <p className="hint">
        Every .txt, Word (.docx) and PDF file in the folder is read first, and nothing is imported until you
        have seen what was found and pressed Import. A file imported before is skipped; for one whose text
        does not say its committee or date, you choose them, leave it out, or open it in the preview.
      </p>
      <label className="button-link file-button">
        Choose a folder…
        <input
          type="file"
          multiple
          // The browser's folder picker: every file in the folder chosen.
          {...{ webkitdirectory: '' }}
          onChange={(event) => void chooseFolder(event)}
          disabled={busy}
          className="visually-hidden"
          aria-label="Folder to import"
        />
      </label>
      {progress ? (
        <div role="status" aria-label="Folder import progress">
          <progress
            max={progress.total}
            value={progress.done}
            aria-label={phase === 'reading' ? 'Files read' : 'Meetings imported'}
          />{' '}
          {progress.done} of {progress.total}{' '}
          {phase === 'reading' ? 'files — reading' : 'meetings — importing'} {displayFileName(progress.name)}{' '}
          <button type="button" onClick={() => (cancelled.current = true)}>
            Cancel
          </button>
        </div>
      ) : null}
      {phase === 'found' || phase === 'importing' ? (
        <>
          <p role="status">
            {foundSummary(rows, total)}
            {phase === 'found' ? ` ${importedSoFar(rows)}` : ''}
          </p>
          <FoundTable
            rows={rows}
            committees={committees}
            busy={busy}
            decide={decide}
            openInPreview={openInPreview}
            tableRef={table}
          />
          <div className="form-actions">
            <button type="button" disabled={busy || readyCount === 0} onClick={() => void importReady()}>
              Import {readyCount} meeting{readyCount === 1 ? '' : 's'}
            </button>
          </div>
        </>
      ) : null}
      {summary ? <p role="status">{summary}</p> : null}
      {phase === 'done' && results.length ? (
        <table className="folder-outcomes" aria-label="Files imported" ref={outcomeTable} tabIndex={-1}>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Outcome</th>
              <th scope="col">Found</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {results.map((row, index) => (
              <tr key={index}>
                <td>{displayFileName(row.name)}</td>
                <td>
                  {row.outcome === 'imported' && row.meetingId ? (
                    <a
                      href={href({ screen: 'meeting', id: row.meetingId })}
                      aria-label={`Imported: open the meeting made from ${displayFileName(row.name)}`}
                    >
                      {outcomeLabel.imported}
                    </a>
                  ) : (
                    outcomeLabel[row.outcome]
                  )}
                </td>
                <td>{foundText(row, false)}</td>
                <td>{row.reason || peopleAddedText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
