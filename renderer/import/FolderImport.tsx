// A folder of past minutes imported at once, from the app: every .txt, .docx and .pdf chosen is read
// in the import worker (the app goes on answering), then imported meeting by meeting, one transaction
// each. A file is known by the SHA-256 of its bytes: one imported before, or the same file twice, is
// skipped. A progress bar with Cancel while it runs (files imported stay imported), then a table of
// what became of each file and a summary.
import { useRef, useState, type ChangeEvent } from 'react';
import {
  folderSummary,
  type FolderFile,
  type FolderOutcome,
  whatIsMissing,
  emptyFolderRow,
} from '../../shared/importFolder';
import { api, ApiCallError } from '../api/client';
import { useAppStore } from '../state/store';
import { base64Of } from './fileBytes';

const importable = /\.(?:txt|docx|pdf)$/i;

async function sha256(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const sentence = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One file: checked against what was imported before, read, and imported where nothing is missing. */
async function importFile(file: File, seen: Map<string, string>): Promise<FolderFile> {
  const row: FolderFile = {
    name: file.name,
    outcome: 'refused',
    reason: '',
    committee: null,
    date: null,
    items: 0,
    decisions: 0,
    meetingId: null,
  };
  const hash = await sha256(file);
  const twin = seen.get(hash);
  if (twin) return { ...row, outcome: 'skipped', reason: `The same file as ${twin}.` };
  seen.set(hash, file.name);
  const [before] = await api.call('imports.sources', { hashes: [hash] });
  if (before) return { ...row, outcome: 'skipped', reason: `Imported before (as ${before.fileName}).` };
  let structure;
  try {
    ({ structure } = await api.call('imports.preview', {
      file: await base64Of(file),
      fileName: file.name,
    }));
  } catch (error) {
    return { ...row, reason: sentence(error) };
  }
  const found = {
    ...row,
    committee: structure.meeting?.committee || null,
    date: structure.meeting?.date ?? null,
    items: structure.items.length,
    decisions: structure.items.reduce((sum, item) => sum + item.decisions.length, 0),
  };
  const missing = whatIsMissing(structure);
  if (missing) return { ...found, outcome: 'needs attention', reason: missing };
  try {
    const result = await api.call('imports.commit', {
      structure,
      target: {},
      people: {},
      source: { hash, fileName: file.name },
    });
    return { ...found, outcome: 'imported', meetingId: result.meetingId };
  } catch (error) {
    const skipped = error instanceof ApiCallError && error.code === 'conflict';
    return { ...found, outcome: skipped ? 'skipped' : 'needs attention', reason: sentence(error) };
  }
}

const outcomeLabel: Record<FolderOutcome, string> = {
  imported: 'Imported',
  'would import': 'Would import',
  skipped: 'Skipped',
  'needs attention': 'Needs attention',
  refused: 'Refused',
};

export function FolderImport() {
  const refresh = useAppStore((state) => state.refresh);
  const [progress, setProgress] = useState<{ done: number; total: number; name: string } | null>(null);
  const [results, setResults] = useState<FolderFile[]>([]);
  const [summary, setSummary] = useState('');
  const cancelled = useRef(false);

  const chooseFolder = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []).filter((file) => importable.test(file.name));
    event.target.value = '';
    files.sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
    cancelled.current = false;
    setResults([]);
    setSummary(files.length ? '' : 'The folder holds no .txt, .docx or .pdf files.');
    const done: FolderFile[] = [];
    const seen = new Map<string, string>();
    for (const [index, file] of files.entries()) {
      if (cancelled.current) break;
      setProgress({ done: index, total: files.length, name: file.name });
      let row: FolderFile;
      try {
        row = await importFile(file, seen);
      } catch (error) {
        row = { ...emptyFolderRow(file.name), reason: sentence(error) };
      }
      done.push(row);
      setResults(done.slice());
    }
    setProgress(null);
    if (files.length) setSummary(folderSummary(done, files.length));
    await refresh();
  };

  return (
    <section aria-label="Import a folder">
      <h2>A folder of past minutes</h2>
      <p className="hint">
        Every .txt, Word (.docx) and PDF file in the folder is read and imported as a meeting. A file imported
        before is skipped; one whose text does not say its committee or date is left for you.
      </p>
      <label className="button-link file-button">
        Choose a folder…
        <input
          type="file"
          multiple
          // The browser's folder picker: every file in the folder chosen.
          {...{ webkitdirectory: '' }}
          onChange={(event) => void chooseFolder(event)}
          disabled={progress !== null}
          className="visually-hidden"
          aria-label="Folder to import"
        />
      </label>
      {progress ? (
        <div role="status" aria-label="Folder import progress">
          <progress max={progress.total} value={progress.done} aria-label="Files read" /> {progress.done} of{' '}
          {progress.total} files — reading {progress.name}{' '}
          <button type="button" onClick={() => (cancelled.current = true)}>
            Cancel
          </button>
        </div>
      ) : null}
      {summary ? <p role="status">{summary}</p> : null}
      {results.length ? (
        <table aria-label="Files imported">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Outcome</th>
              <th scope="col">Found</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {results.map((row) => (
              <tr key={row.name}>
                <td>{row.name}</td>
                <td>{outcomeLabel[row.outcome]}</td>
                <td>
                  {row.committee || row.date
                    ? `${row.committee ?? 'committee not found'}, ${row.date ?? 'date not found'}, ${row.items} items`
                    : ''}
                </td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
