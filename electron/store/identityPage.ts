// The database's identity (store_identity.database_id) read from the data file's own bytes, one
// page, without SQLite. SQLite would read the file together with its log; here the file alone is
// wanted, to compare with what the log says. Reading the whole file alone is not safe after a
// checkpoint cut off by a crash (pages from before and after it are mixed, which SQLite rightly
// calls malformed), but this one page holds the same identity before and after any checkpoint: only
// its last_write changes. Anything unexpected gives null ("cannot tell"), never an error.
import { closeSync, openSync, readSync } from 'node:fs';

const LEAF_TABLE_PAGE = 13;

/** A SQLite varint at `at`: [value, bytes used], or null if it runs past `end`. */
function varint(page: Buffer, at: number, end: number): [number, number] | null {
  let value = 0;
  for (let index = 0; index < 9; index += 1) {
    if (at + index >= end) return null;
    const byte = page[at + index]!;
    if (index === 8) return [value * 256 + byte, 9];
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, index + 1];
  }
  return null;
}

/**
 * The database_id stored in the identity table's root page `rootPage` of `file`, or null when that
 * page is not (or not yet) a one-row identity table: beyond the end of the file, another kind of
 * page, or a row of another shape.
 */
export function identityInFile(file: string, rootPage: number, pageSize: number): string | null {
  if (!Number.isInteger(rootPage) || rootPage < 2) return null;
  const page = Buffer.alloc(pageSize);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, page, 0, pageSize, (rootPage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  if (read !== pageSize || page[0] !== LEAF_TABLE_PAGE || page.readUInt16BE(3) !== 1) return null;
  const cell = page.readUInt16BE(8);
  if (cell < 12 || cell >= pageSize) return null;
  const payloadSize = varint(page, cell, pageSize);
  if (!payloadSize) return null;
  const rowid = varint(page, cell + payloadSize[1], pageSize);
  if (!rowid || rowid[0] !== 1) return null;
  const payloadStart = cell + payloadSize[1] + rowid[1];
  const payloadEnd = payloadStart + payloadSize[0];
  // A row this small never spills onto an overflow page.
  if (payloadEnd > pageSize) return null;
  const headerSize = varint(page, payloadStart, payloadEnd);
  if (!headerSize) return null;
  const types: number[] = [];
  let at = payloadStart + headerSize[1];
  while (at < payloadStart + headerSize[0]) {
    const type = varint(page, at, payloadEnd);
    if (!type) return null;
    types.push(type[0]);
    at += type[1];
  }
  // (only INTEGER PRIMARY KEY, stored as NULL; database_id TEXT; last_write TEXT)
  const [only, id, lastWrite] = types;
  if (types.length !== 3 || only !== 0 || id === undefined || lastWrite === undefined) return null;
  if (id < 13 || id % 2 === 0 || lastWrite < 13 || lastWrite % 2 === 0) return null;
  const idStart = payloadStart + headerSize[0];
  const idEnd = idStart + (id - 13) / 2;
  if (idEnd > payloadEnd) return null;
  const text = page.toString('utf8', idStart, idEnd);
  return /^[0-9a-f]{32}$/.test(text) ? text : null;
}
