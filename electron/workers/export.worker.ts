// A Word document of a meeting, built on a read-only connection of its own: the main process goes on
// answering (and saving) while a long document is built, and a document too large for the worker's
// memory ends the worker, not the app.
import Database from 'better-sqlite3';
import { exportDocument, type ExportRequest } from '../export/exportDocument';
import { serveWorker } from './serveWorker';

export interface ExportJob {
  dataFile: string;
  request: ExportRequest;
}

serveWorker<ExportJob, { fileName: string; bytes: Uint8Array }>(
  async ({ dataFile, request }) => {
    const db = new Database(dataFile, { readonly: true, fileMustExist: true, timeout: 5000 });
    try {
      // One read transaction: the record as it stood at one moment, whatever is saved meanwhile.
      db.exec('BEGIN');
      return await exportDocument(db, request);
    } finally {
      if (db.inTransaction) db.exec('COMMIT');
      db.close();
    }
  },
  (document) => [document.bytes.buffer as ArrayBuffer],
);
