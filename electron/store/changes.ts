// Whether anything has been saved since a moment: a stamp that changes with every write through this
// connection (SQLite's count of changed rows) and every commit by another (its data_version), and
// names the connection, so one reopened (a restore) never matches a stamp from before.
import { randomUUID } from 'node:crypto';
import type { Db } from './database';
import { statement } from './rows';

const connections = new WeakMap<Db, string>();

export function changeStamp(db: Db): string {
  let connection = connections.get(db);
  if (!connection) {
    connection = randomUUID();
    connections.set(db, connection);
  }
  const { changes } = statement(db, 'SELECT total_changes() AS changes').get() as { changes: number };
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${connection}:${changes}:${version}`;
}
