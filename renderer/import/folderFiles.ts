// A folder's files in the app: read first (each checked by its SHA-256 against the folder and what was
// imported before, then read in the import worker through imports.preview), with nothing imported;
// then each ready file imported as a meeting of its own, one transaction each.
import { emptyFolderRow, type FolderFile, missingFrom, missingSentence } from '../../shared/importFolder';
import type { ImportPreview } from '../../shared/importing';
import { api, ApiCallError } from '../api/client';
import { base64Of } from './fileBytes';
import { type FolderRow, type FoundFile, targetOf } from './folderRows';

export const importable = /\.(?:txt|docx|pdf)$/i;

const sentence = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function sha256(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** One file read and nothing imported: the same as another in the folder, imported before, refused, or what it holds. */
export async function readFolderFile(file: File, seen: Map<string, string>): Promise<FoundFile> {
  const row = emptyFolderRow(file.name);
  const none = { file, hash: null, preview: null };
  try {
    const hash = await sha256(file);
    const twin = seen.get(hash);
    if (twin)
      return { ...none, hash, found: { ...row, outcome: 'skipped', reason: `The same file as ${twin}.` } };
    seen.set(hash, file.name);
    const [before] = await api.call('imports.sources', { hashes: [hash] });
    if (before) {
      return {
        ...none,
        hash,
        found: { ...row, outcome: 'skipped', reason: `Imported before (as ${before.fileName}).` },
      };
    }
    let preview: ImportPreview;
    try {
      preview = await api.call('imports.preview', { file: await base64Of(file), fileName: file.name });
    } catch (error) {
      return { ...none, hash, found: { ...row, reason: sentence(error) } };
    }
    const { structure } = preview;
    const missing = missingFrom(structure);
    const found: FolderFile = {
      ...row,
      outcome: missing.length ? 'needs attention' : 'would import',
      reason: missingSentence(missing) ?? '',
      missing,
      committee: structure.meeting?.committee || null,
      date: structure.meeting?.date ?? null,
      items: structure.items.length,
      decisions: structure.items.reduce((sum, item) => sum + item.decisions.length, 0),
    };
    return { file, hash, found, preview };
  } catch (error) {
    return { ...none, found: { ...row, reason: sentence(error) } };
  }
}

/** A ready row imported as a meeting, in one transaction; what became of it. */
export async function importRow(row: FolderRow): Promise<FolderFile> {
  const base = { ...row.found, missing: [] };
  try {
    const result = await api.call('imports.commit', {
      structure: row.preview!.structure,
      target: targetOf(row.decision),
      people: {},
      source: { hash: row.hash!, fileName: row.found.name },
    });
    return { ...base, outcome: 'imported', reason: '', meetingId: result.meetingId };
  } catch (error) {
    const skipped = error instanceof ApiCallError && error.code === 'conflict';
    return { ...base, outcome: skipped ? 'skipped' : 'needs attention', reason: sentence(error) };
  }
}
