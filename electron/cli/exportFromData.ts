// The document `minutebook export` writes, and the warnings it prints, with as little start-up work
// as the data folder allows. A data file that can be read as it stands (closed cleanly, so no log of
// changes is left to apply, and of this version) is read on a read-only connection of this process:
// the checks the app runs before opening a file for writing are for a file about to be written to,
// and this command only reads. An ordinary meeting's document is then built here; a record larger
// than that (counted by SQLite before anything is read) goes to the export worker, as every document
// the app makes does, whose memory limit turns a document too large to make into one sentence.
// Anything else (a log left by a crash, a file an older Minutebook wrote, a damaged file) goes the
// way every command goes: through the data folder's session, or beside the app that has it open.
import { existsSync, statSync } from 'node:fs';
import type { ParsedInput } from '../../shared/api';
import { exportsMethods } from '../../shared/api/exports';
import type { ApiResult } from '../../shared/result';
import { wellFormed } from '../../shared/wellFormed';
import { documentOf } from '../api/documentOf';
import { warningsOf } from '../api/documents';
import { describeIssues, toApiError } from '../api/errors';
import { dataFileIn } from '../paths';
import { openReadOnly, type Db } from '../store/database';
import { recordSize, type RecordSize } from '../store/recordSize';
import { exportInWorker } from '../workers/jobs';

/** What the command asks for: the options as given, checked as the API checks `exports.build`. */
export interface ExportAsked {
  meetingId: unknown;
  kind: unknown;
  itemId: unknown;
  edition: 'public' | 'confidential';
}

export interface Exported {
  fileName: string;
  bytes: Uint8Array;
  /** The minutes' vote and quorum warnings, which the app asks about before saving. */
  warnings: string[];
}

/**
 * Built in this process up to here: about 450 pages of minutes like the bench's (its 84 pages are
 * 0.36 million characters); as the shortest paragraphs, 30,000 of them, the whole process peaked
 * at 223 MB (the worker takes 100,000 within its 448 MB); and more rows than the longest agendas
 * have.
 */
export const IN_PROCESS = { chars: 2_000_000, rows: 5_000 } as const;

export const builtInProcess = (size: RecordSize): boolean =>
  size.chars <= IN_PROCESS.chars && size.rows <= IN_PROCESS.rows;

export async function exportFromData(dataDir: string, asked: ExportAsked): Promise<ApiResult<Exported>> {
  const parsed = exportsMethods['exports.build'].input.safeParse(wellFormed(asked));
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid_input', message: describeIssues(parsed.error) } };
  const request = parsed.data;
  const dataFile = dataFileIn(dataDir);
  const db = readableAsItStands(dataFile);
  if (!db) return throughSession(dataDir, asked);
  try {
    // One read transaction: the document and its warnings of one moment, whatever is saved meanwhile.
    db.exec('BEGIN');
    const built = builtInProcess(recordSize(db, request.meetingId))
      ? await buildHere(db, request)
      : await exportInWorker(dataFile, request);
    const warnings = warningsOf(db, {
      meetingId: request.meetingId,
      kind: request.kind,
      version: request.version,
    });
    return { ok: true, value: { ...built, warnings } };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
  }
}

async function buildHere(db: Db, request: ParsedInput<'exports.build'>) {
  const { fileName, build } = documentOf(db, request);
  return { fileName, bytes: await build() };
}

/** A read-only connection, or null where the file needs more than reading: its log applied, migrating, mending. */
function readableAsItStands(dataFile: string): Db | null {
  const log = `${dataFile}-wal`;
  try {
    if (existsSync(log) && statSync(log).size > 0) return null;
    return openReadOnly(dataFile);
  } catch {
    // Damaged, unreadable, too new: the session says so in the words it always has.
    return null;
  }
}

/** As every command reads the folder: the session's checks, or beside the app, through the router. */
async function throughSession(dataDir: string, asked: ExportAsked): Promise<ApiResult<Exported>> {
  // Loaded only here: the session brings the whole router, which an ordinary export never needs.
  const { readingData } = await import('./data');
  return readingData(dataDir, async (router): Promise<ApiResult<Exported>> => {
    const result = await router.call('exports.build', asked);
    if (!result.ok) return result;
    const { base64, fileName } = result.value as { base64: string; fileName: string };
    const checked = await router.call('exports.warnings', { meetingId: asked.meetingId, kind: asked.kind });
    const warnings = checked.ok ? (checked.value as { warnings: string[] }).warnings : [];
    return { ok: true, value: { fileName, bytes: Buffer.from(base64, 'base64'), warnings } };
  });
}
