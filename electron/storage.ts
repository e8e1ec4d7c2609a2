// Where the data folder lives, and whether SQLite can be trusted there. Its locking and write-ahead
// log need a local disk: on a network share, or in a folder a sync tool copies while it is being
// written (OneDrive, Dropbox, iCloud Drive, Google Drive), a database can be damaged or forked.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const syncFolders: [RegExp, string][] = [
  [/(^|[\\/])OneDrive( - [^\\/]+)?([\\/]|$)/i, 'OneDrive'],
  [/(^|[\\/])Dropbox( \([^\\/]+\))?([\\/]|$)/i, 'Dropbox'],
  [/(^|[\\/])(iCloud ?Drive|Mobile Documents)([\\/]|$)/i, 'iCloud Drive'],
  [/(^|[\\/])(Google ?Drive|My Drive|GoogleDrive-[^\\/]+)([\\/]|$)/i, 'Google Drive'],
  [/(^|[\\/])Box( Sync)?([\\/]|$)/, 'Box'],
];

const networkFileSystems = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smbfs',
  'smb3',
  'afpfs',
  'fuse.sshfs',
  'davfs',
  'fuse.rclone',
  '9p',
]);

/** The mount a Linux path is on, from /proc/mounts text: its file-system type, or undefined. */
export function mountTypeOf(folder: string, mounts: string): string | undefined {
  let best: { point: string; type: string } | undefined;
  for (const line of mounts.split('\n')) {
    const [, point, type] = line.split(' ');
    if (!point || !type) continue;
    const decoded = point.replace(/\\040/g, ' ');
    const inside = folder === decoded || folder.startsWith(decoded.endsWith('/') ? decoded : `${decoded}/`);
    if (inside && (!best || decoded.length > best.point.length)) best = { point: decoded, type };
  }
  return best?.type;
}

/** Warnings for the officer about the data folder; empty when it is on a local disk. */
export function storageWarnings(
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
  readMounts: () => string = () => readFileSync('/proc/mounts', 'utf8'),
): string[] {
  const folder = platform === 'win32' ? path.win32.resolve(dataDir) : path.resolve(dataDir);
  const advice =
    'Move the data folder to a local disk (start Minutebook with --data pointing there) and let the automatic backups be what you copy elsewhere.';
  for (const [pattern, service] of syncFolders) {
    if (pattern.test(folder)) {
      return [
        `Your data folder is inside ${service} (${folder}). Sync tools copy the database while it is being written, which can damage it or leave two versions. ${advice}`,
      ];
    }
  }
  if (platform === 'win32' && /^\\\\/.test(folder)) {
    return [
      `Your data folder is on a network share (${folder}). SQLite’s locking is not safe there. ${advice}`,
    ];
  }
  if (platform === 'linux') {
    let type: string | undefined;
    try {
      type = mountTypeOf(folder, readMounts());
    } catch {
      type = undefined;
    }
    if (type && networkFileSystems.has(type)) {
      return [
        `Your data folder is on a network file system (${type}: ${folder}). SQLite’s locking is not safe there. ${advice}`,
      ];
    }
  }
  return [];
}
