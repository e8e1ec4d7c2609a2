// What the search bench's parts share: its knobs and bars, where its files go, and its units.
import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILE_NAME } from '../../electron/store/database';

/** SEARCH_PARAGRAPHS (default 100000) and SEARCH_RUNS (timed runs per shape, default 60) adjust it. */
export const PARAGRAPHS = Number(process.env.SEARCH_PARAGRAPHS ?? 100_000);
export const RUNS = Number(process.env.SEARCH_RUNS ?? 60);
export const BAR_MS = 50;
export const BUILD_BAR_MS = 30_000;

/** The generated record's data folder and file, and the baselines' plain FTS5 file beside it. */
export interface SearchFiles {
  recordDir: string;
  recordFile: string;
  baselineFile: string;
}

export function searchFiles(scratch: string): SearchFiles {
  const recordDir = path.join(scratch, 'record');
  return {
    recordDir,
    recordFile: path.join(recordDir, DATA_FILE_NAME),
    baselineFile: path.join(scratch, 'baseline.sqlite3'),
  };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const sizeOf = (db: Database.Database, file: string) => {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(file).size;
};
