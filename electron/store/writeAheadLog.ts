// Reads a SQLite write-ahead log (-wal) as SQLite's recovery does, without SQLite: the header, each
// frame's salts and running checksum, and which frames commit a transaction. It tells apart a log
// SQLite will apply whole from one it would apply only in part, silently dropping transactions that
// were committed after a damaged frame (https://www.sqlite.org/fileformat2.html#walformat).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;
const MAGIC_LITTLE = 0x377f0682;
const MAGIC_BIG = 0x377f0683;
/** Frames are read this many at a time, so a large log never sits in memory whole. */
const FRAMES_PER_READ = 256;

export interface LogInspection {
  /** Bytes in the log file. */
  bytes: number;
  /** The header is a write-ahead log header with a correct checksum. */
  headerValid: boolean;
  /** Frames SQLite will apply: the valid frames up to and including the last commit among them. */
  appliedFrames: number;
  /**
   * Transactions committed in this log after the first damaged frame: SQLite stops at that frame,
   * so these would be dropped without a word. A kill never leaves one (SQLite writes frames in order
   * and a kill cuts off only the end); damage to the file does.
   */
  droppedCommits: number;
}

/** SQLite's WAL checksum over 8-byte pairs of 32-bit words, continuing from (s0, s1). */
function checksum(
  bytes: Buffer,
  start: number,
  end: number,
  bigEndian: boolean,
  s0: number,
  s1: number,
): [number, number] {
  let a = s0;
  let b = s1;
  for (let at = start; at < end; at += 8) {
    const x0 = bigEndian ? bytes.readUInt32BE(at) : bytes.readUInt32LE(at);
    const x1 = bigEndian ? bytes.readUInt32BE(at + 4) : bytes.readUInt32LE(at + 4);
    a = (a + x0 + b) >>> 0;
    b = (b + x1 + a) >>> 0;
  }
  return [a, b];
}

/** Inspects the log at `walPath`, which must exist. Throws only if the file cannot be read. */
export function inspectLog(walPath: string): LogInspection {
  const fd = openSync(walPath, 'r');
  try {
    const bytes = fstatSync(fd).size;
    const none = { bytes, headerValid: false, appliedFrames: 0, droppedCommits: 0 };
    if (bytes < HEADER_BYTES) return none;
    const header = Buffer.alloc(HEADER_BYTES);
    readSync(fd, header, 0, HEADER_BYTES, 0);
    const magic = header.readUInt32BE(0);
    const pageSize = header.readUInt32BE(8);
    const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
    if ((magic !== MAGIC_LITTLE && magic !== MAGIC_BIG) || !validPageSize) {
      // Not a log SQLite recognises: it applies none of it. Frames that still carry one commit
      // after another under the same salts mean the header itself was damaged.
      return { ...none, droppedCommits: validPageSize ? commitsUnderFirstSalts(fd, bytes, pageSize) : 0 };
    }
    const bigEndian = magic === MAGIC_BIG;
    const [h0, h1] = checksum(header, 0, 24, bigEndian, 0, 0);
    const headerValid = h0 === header.readUInt32BE(24) && h1 === header.readUInt32BE(28);
    if (!headerValid) {
      return { ...none, droppedCommits: commitsUnderFirstSalts(fd, bytes, pageSize) };
    }
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);
    const frameBytes = FRAME_HEADER_BYTES + pageSize;
    const frames = Math.floor((bytes - HEADER_BYTES) / frameBytes);
    let s0 = h0;
    let s1 = h1;
    let chainIntact = true;
    let appliedFrames = 0;
    let droppedCommits = 0;
    const chunk = Buffer.alloc(frameBytes * FRAMES_PER_READ);
    for (let first = 0; first < frames; first += FRAMES_PER_READ) {
      const count = Math.min(FRAMES_PER_READ, frames - first);
      readSync(fd, chunk, 0, count * frameBytes, HEADER_BYTES + first * frameBytes);
      for (let index = 0; index < count; index += 1) {
        const at = index * frameBytes;
        const commitSize = chunk.readUInt32BE(at + 4);
        const ours = chunk.readUInt32BE(at + 8) === salt1 && chunk.readUInt32BE(at + 12) === salt2;
        if (chainIntact) {
          let valid = ours && chunk.readUInt32BE(at) !== 0;
          if (valid) {
            [s0, s1] = checksum(chunk, at, at + 8, bigEndian, s0, s1);
            [s0, s1] = checksum(chunk, at + FRAME_HEADER_BYTES, at + frameBytes, bigEndian, s0, s1);
            valid = s0 === chunk.readUInt32BE(at + 16) && s1 === chunk.readUInt32BE(at + 20);
          }
          if (valid) {
            if (commitSize > 0) appliedFrames = first + index + 1;
            continue;
          }
          chainIntact = false;
        } else if (ours && commitSize > 0) {
          droppedCommits += 1;
        }
      }
    }
    return { bytes, headerValid, appliedFrames, droppedCommits };
  } finally {
    closeSync(fd);
  }
}

/** With the header unreadable: how many frames commit under the salts of the first frame. */
function commitsUnderFirstSalts(fd: number, bytes: number, pageSize: number): number {
  const frameBytes = FRAME_HEADER_BYTES + pageSize;
  const frames = Math.floor((bytes - HEADER_BYTES) / frameBytes);
  const frameHeader = Buffer.alloc(FRAME_HEADER_BYTES);
  let salts: [number, number] | null = null;
  let commits = 0;
  for (let index = 0; index < frames; index += 1) {
    readSync(fd, frameHeader, 0, FRAME_HEADER_BYTES, HEADER_BYTES + index * frameBytes);
    const frameSalts: [number, number] = [frameHeader.readUInt32BE(8), frameHeader.readUInt32BE(12)];
    salts ??= frameSalts;
    if (frameSalts[0] === salts[0] && frameSalts[1] === salts[1] && frameHeader.readUInt32BE(4) > 0) {
      commits += 1;
    }
  }
  // One frame's worth of zeros is not a log at all.
  return salts && (salts[0] !== 0 || salts[1] !== 0) ? commits : 0;
}
