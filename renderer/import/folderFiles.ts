// A folder's files in the app: read first (each checked by its SHA-256 against the folder and what was
// imported before, then read in the import worker, several at once, through imports.previewMany),
// with nothing imported;
// then each ready file imported as a meeting of its own, one transaction each.
import {
  emptyFolderRow,
  type FolderFile,
  missingFrom,
  missingSentence,
  notMinutesSentence,
} from '../../shared/importFolder';
import type { ImportPreview } from '../../shared/importing';
import { api, ApiCallError } from '../api/client';
import { displayFileName } from '../../shared/fileNames';
import { base64Of } from './fileBytes';
import { type FolderRow, type FoundFile, targetOf } from './folderRows';

export const importable = /\.(?:txt|docx|pdf)$/i;

const sentence = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function sha256(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A file's row once read: what it holds, or why it needs a decision. */
function foundIn(file: File, hash: string, preview: ImportPreview): FoundFile {
  const { structure } = preview;
  const notMinutes = notMinutesSentence(structure);
  if (notMinutes) return refused(file, hash, notMinutes);
  const missing = missingFrom(structure);
  const found: FolderFile = {
    ...emptyFolderRow(file.name),
    outcome: missing.length ? 'needs attention' : 'would import',
    reason: missingSentence(missing, structure) ?? '',
    missing,
    committee: structure.meeting?.committee || null,
    date: structure.meeting?.date ?? null,
    items: structure.items.length,
    decisions: structure.items.reduce((sum, item) => sum + item.decisions.length, 0),
  };
  return { file, hash, found, preview };
}

const refused = (file: File, hash: string | null, reason: string): FoundFile => ({
  file,
  hash,
  preview: null,
  found: { ...emptyFolderRow(file.name), reason },
});

/** Files read together in one worker: up to this many, and this many bytes, at once. */
export const GROUP_FILES = 8;
export const GROUP_BYTES = 6 * 1024 * 1024;

/** The folder's files in groups to read together, in order; a file larger than a group is read alone. */
export function readingGroups(files: File[]): File[][] {
  const groups: File[][] = [];
  let group: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (group.length && (group.length >= GROUP_FILES || bytes + file.size > GROUP_BYTES)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(file);
    bytes += file.size;
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * Files read and nothing imported: each one the same as another in the folder, imported before,
 * refused, or what it holds. Those left to read go to one import worker together
 * (imports.previewMany); a file larger than a group alone goes through imports.preview, whose
 * refusal says how large a file may be.
 */
export async function readFolderFiles(files: File[], seen: Map<string, string>): Promise<FoundFile[]> {
  const answers: (FoundFile | { file: File; hash: string })[] = [];
  for (const file of files) {
    try {
      const hash = await sha256(file);
      const twin = seen.get(hash);
      if (twin) {
        answers.push({
          file,
          hash,
          preview: null,
          found: {
            ...emptyFolderRow(file.name),
            outcome: 'skipped',
            reason: `The same file as ${displayFileName(twin)}.`,
          },
        });
        continue;
      }
      seen.set(hash, file.name);
      answers.push({ file, hash });
    } catch (error) {
      answers.push(refused(file, null, sentence(error)));
    }
  }
  // Which of the group were imported before: one question for the whole group.
  const fresh = answers.filter((answer): answer is { file: File; hash: string } => !('found' in answer));
  if (fresh.length) {
    try {
      const before = new Map(
        (await api.call('imports.sources', { hashes: fresh.map(({ hash }) => hash) })).map(
          (source) => [source.hash, source.fileName] as const,
        ),
      );
      for (const [index, answer] of answers.entries()) {
        const earlier = 'found' in answer ? undefined : before.get(answer.hash);
        if (earlier === undefined) continue;
        answers[index] = {
          file: answer.file,
          hash: answer.hash,
          preview: null,
          found: {
            ...emptyFolderRow(answer.file.name),
            outcome: 'skipped',
            reason: `Imported before (as ${displayFileName(earlier)}).`,
          },
        };
      }
    } catch (error) {
      for (const [index, answer] of answers.entries())
        if (!('found' in answer)) answers[index] = refused(answer.file, answer.hash, sentence(error));
    }
  }
  const toRead = answers.filter((answer): answer is { file: File; hash: string } => !('found' in answer));
  const read = new Map<File, FoundFile>();
  try {
    if (toRead.length === 1 && toRead[0]!.file.size > GROUP_BYTES) {
      const [{ file, hash }] = toRead as [{ file: File; hash: string }];
      try {
        read.set(
          file,
          foundIn(
            file,
            hash,
            await api.call('imports.preview', { file: await base64Of(file), fileName: file.name }),
          ),
        );
      } catch (error) {
        read.set(file, refused(file, hash, sentence(error)));
      }
    } else if (toRead.length) {
      const files = await Promise.all(
        toRead.map(async ({ file }) => ({ file: await base64Of(file), fileName: file.name })),
      );
      const previews = await api.call('imports.previewMany', { files });
      for (const [index, { file, hash }] of toRead.entries()) {
        const answer = previews[index]!;
        read.set(file, answer.ok ? foundIn(file, hash, answer.preview) : refused(file, hash, answer.message));
      }
    }
  } catch (error) {
    for (const { file, hash } of toRead) read.set(file, refused(file, hash, sentence(error)));
  }
  return answers.map((answer) => ('found' in answer ? answer : read.get(answer.file)!));
}

/**
 * A ready row imported as a meeting, in one transaction; what became of it, under the committee
 * (`committee`, its name as decided) and the date it was imported with.
 */
export async function importRow(row: FolderRow, committee: string): Promise<FolderFile> {
  const base = { ...row.found, missing: [] };
  try {
    const result = await api.call('imports.commit', {
      structure: row.preview!.structure,
      target: targetOf(row.decision),
      people: {},
      source: { hash: row.hash!, fileName: row.found.name },
    });
    const date = row.decision.date || row.found.date;
    return {
      ...base,
      outcome: 'imported',
      reason: '',
      meetingId: result.meetingId,
      committee,
      date,
      peopleAdded: result.peopleAdded,
    };
  } catch (error) {
    const skipped = error instanceof ApiCallError && error.code === 'conflict';
    return { ...base, outcome: skipped ? 'skipped' : 'needs attention', reason: sentence(error) };
  }
}
