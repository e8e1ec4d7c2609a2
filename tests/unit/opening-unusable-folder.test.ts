// Opening the data file whatever state a crash, a sync tool or another program left it in: an intact
// file (with its log, even one cut off in the middle of a checkpoint) always opens; a damaged log is
// kept aside and the officer told; a foreign file is never written to; a folder that cannot be
// used says why in one sentence. Everything on real files, with real processes killed.
// Here: a folder that cannot be used says why, in one sentence.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers';
import { open, fileOf, dataFolder } from './openingSetup';

/** Makes `dir` read-only the way this machine allows: a read-only mount as root, permissions otherwise. */
function makeReadOnly(dir: string): (() => void) | null {
  if (process.platform === 'win32') return null;
  if (process.getuid?.() === 0) {
    // Root may write through permissions, but not to a file system mounted read-only.
    const staging = `${dir}.staging`;
    spawnSync('cp', ['-a', dir, staging]);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir]).status !== 0) return null;
    spawnSync('cp', ['-a', `${staging}/.`, dir]);
    rmSync(staging, { recursive: true, force: true });
    if (spawnSync('mount', ['-o', 'remount,ro', dir]).status !== 0) {
      spawnSync('umount', [dir]);
      return null;
    }
    return () => spawnSync('umount', [dir]);
  }
  spawnSync('chmod', ['-R', 'a-w', dir]);
  return () => spawnSync('chmod', ['-R', 'u+w', dir]);
}

describe('a folder that cannot be used says why, in one sentence', () => {
  it('a read-only data folder: "Minutebook cannot write to …", not "damaged", and nothing changed', async ({
    skip,
  }) => {
    const dir = await dataFolder();
    const before = readFileSync(fileOf(dir));
    const undo = makeReadOnly(dir);
    if (!undo) return skip('this machine cannot make a folder read-only for this account');
    try {
      expect(() => open(dir)).toThrow(
        new RegExp(
          `^Minutebook cannot write to ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the folder or file is read-only, or your account may not change it\\. Nothing has been changed\\.`,
        ),
      );
      expect(readFileSync(fileOf(dir)).equals(before)).toBe(true);
    } finally {
      undo();
    }
  });

  it('a data file that is a folder', () => {
    const dir = tempDir();
    mkdirSync(fileOf(dir));
    expect(() => open(dir)).toThrow(
      `Minutebook cannot use ${fileOf(dir)}: it is a folder, not a file. Move or rename that folder, or start Minutebook with --data pointing to another folder.`,
    );
  });

  it('a data folder that is a file', () => {
    const file = path.join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'hello');
    expect(() => open(file)).toThrow(
      `Minutebook cannot use ${file} as its data folder: part of that path is a file, not a folder. Start Minutebook with --data pointing to a folder.`,
    );
    expect(readFileSync(file, 'utf8')).toBe('hello');
  });

  it('a full disk when the data file is first made: the disk is full, in one sentence', ({ skip }) => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) {
      return skip('mounting a small tmpfs needs root on Linux, so the full disk cannot be made here');
    }
    const disk = tempDir();
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk]).status !== 0) {
      return skip('this machine cannot mount a tmpfs');
    }
    try {
      const filler = path.join(disk, 'filler');
      try {
        for (;;) writeFileSync(filler, Buffer.alloc(4096, 1), { flag: 'a' });
      } catch {
        // Full.
      }
      const dir = path.join(disk, 'data');
      expect(() => open(dir)).toThrow(
        /^The disk holding .* is full, so Minutebook cannot write there\. Free some space and start Minutebook again; nothing has been changed\.$/,
      );
    } finally {
      spawnSync('umount', [disk]);
    }
    expect(statSync(disk).isDirectory()).toBe(true);
  });
});
