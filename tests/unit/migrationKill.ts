// Run as a child process by search-block-text.test.ts: migrates the file given, and is killed
// (SIGKILL, from inside SQLite) in the middle of migration 014, after its triggers are replaced and
// while it deletes rows, so the test can see what a kill leaves.
import Database from 'better-sqlite3';
import { migrate } from '../../electron/store/database';

const db = new Database(process.argv[2]);
db.function('kill_me', () => process.kill(process.pid, 'SIGKILL'));
// A temporary trigger: it lives in this connection only, never in the file.
db.exec(`CREATE TEMP TRIGGER kill_in_014 BEFORE DELETE ON main.search_entries BEGIN SELECT kill_me(); END;`);
migrate(db);
console.log('not killed');
