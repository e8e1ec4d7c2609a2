// A Word document of a meeting, built on a read-only connection of its own: the main process goes on
// answering (and saving) while a long document is built, and a document too large for the worker's
// memory ends the worker, not the app.
import Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import { documentOf } from '../api/documentOf';
import { registerDocumentOf } from '../api/registerDocuments';
import { statutoryDocumentOf } from '../api/statutoryDocuments';
import { serveWorker } from './serveWorker';

/** A document of a meeting, or the decisions register. */
export type ExportJob =
  | { dataFile: string; request: ParsedInput<'exports.build'> }
  | { dataFile: string; register: ParsedInput<'decisionRegister.build'> };

/** A statutory-cycle document (issue 18), counted as at the officer's `today`. */
export interface StatutoryExportJob {
  dataFile: string;
  statutory: ParsedInput<'statutoryExports.build'>;
  today: string;
}

serveWorker<ExportJob | StatutoryExportJob, { fileName: string; bytes: Uint8Array }>(
  async (job) => {
    const { dataFile } = job;
    const db = new Database(dataFile, { readonly: true, fileMustExist: true, timeout: 5000 });
    try {
      // One read transaction: the record as it stood at one moment, whatever is saved meanwhile.
      db.exec('BEGIN');
      const { fileName, build } =
        'statutory' in job
          ? statutoryDocumentOf(db, job.statutory, job.today)
          : 'register' in job
            ? registerDocumentOf(db, job.register)
            : documentOf(db, job.request);
      return { fileName, bytes: await build() };
    } finally {
      if (db.inTransaction) db.exec('COMMIT');
      db.close();
    }
  },
  (document) => [document.bytes.buffer as ArrayBuffer],
);
