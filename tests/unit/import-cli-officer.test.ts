// `minutebook import` as a new officer found it: no note about what the command line already gave,
// a dry run of a folder that reads beside a running app (it writes nothing, so it needs no lock),
// and, of two identical files, the one whose name is not a copy's kept.
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderOrder } from '../../shared/importFolder';
import { serving } from './serving';
import { PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';

const train = path.resolve(__dirname, '../fixtures/import/corpus/train');
const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 4 * PROCESS_TIMEOUT_MS });

describe('minutebook import, as the officer gives it', SLOW, () => {
  it('prints no note about the date or committee given on the command line', () => {
    const folder = tempDir();
    const file = path.join(folder, 'Licensing sub 2025.txt');
    // Minutes that name their council but give no date.
    copyFileSync(path.join(train, 'sco-mg-council-decision-noted.txt'), file);
    const dry = run(['import', file, '--dry-run', '--data', path.join(tempDir(), 'none')]);
    expect(dry.stdout).toContain('Note: No meeting date was found; give it before importing.');
    const givenDry = run(['import', file, '--dry-run', '--date', '2025-02-10', '--data', tempDir()]);
    expect(givenDry.stdout).not.toContain('No meeting date was found');
    const data = tempDir();
    const imported = run(['import', file, '--date', '2025-02-10', '--data', data]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/^Imported \d+ items?;/m);
    expect(imported.stderr).not.toContain('No meeting date was found');
    expect(imported.stderr).not.toContain('No committee name was found');
  }, 300_000);

  it('a dry run of a folder reads beside a running app; an import is still refused', async () => {
    const data = tempDir();
    const folder = tempDir();
    copyFileSync(path.join(train, 'eng-pdf-cabinet-code-prefix.txt'), path.join(folder, 'cabinet.txt'));
    const first = run(['import', folder, '--data', data]);
    expect(first.status, first.stderr).toBe(0);
    copyFileSync(path.join(train, 'eng-docx-licensing-hearing.txt'), path.join(folder, 'licensing.txt'));
    await serving(data);
    const dry = run(['import', folder, '--dry-run', '--data', data]);
    expect(dry.stderr).not.toContain('already open');
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^skipped +cabinet\.txt — Imported before \(as cabinet\.txt\)\.$/m);
    expect(dry.stdout).toMatch(/^would import +licensing\.txt/m);
    expect(dry.stdout).toMatch(/^Imported 0, would import 1, skipped 1, needs attention 0, refused 0\.$/m);
    const write = run(['import', folder, '--data', data]);
    expect(write.status).not.toBe(0);
    expect(write.stderr).toContain('already open');
  }, 300_000);
});

describe('which of two identical files is kept', () => {
  it('reads an original before its copies, whatever the copy added to the name', () => {
    const names = [
      'Planning 12-3-25 FINAL (copy).txt',
      'Cabinet (1).pdf',
      'Planning 12-3-25 FINAL.txt',
      'Cabinet.pdf',
      'Audit - Copy.docx',
      'Audit - Copy (2).docx',
      'Audit.docx',
      'Licensing copy 2.txt',
      'Licensing.txt',
      'Planning 2-3-25.txt',
    ];
    expect(names.slice().sort(folderOrder)).toEqual([
      'Audit.docx',
      // Copies among themselves by name, as before.
      'Audit - Copy (2).docx',
      'Audit - Copy.docx',
      'Cabinet.pdf',
      'Cabinet (1).pdf',
      'Licensing.txt',
      'Licensing copy 2.txt',
      'Planning 2-3-25.txt',
      'Planning 12-3-25 FINAL.txt',
      'Planning 12-3-25 FINAL (copy).txt',
    ]);
  });

  it('minutebook import DIR keeps the original and skips the copy', SLOW, () => {
    const folder = tempDir();
    const text = path.join(train, 'eng-pdf-cabinet-code-prefix.txt');
    copyFileSync(text, path.join(folder, 'Planning 12-3-25 FINAL (copy).txt'));
    copyFileSync(text, path.join(folder, 'Planning 12-3-25 FINAL.txt'));
    writeFileSync(path.join(folder, 'notes.txt'), 'Not minutes.');
    const dry = run(['import', folder, '--dry-run', '--data', path.join(tempDir(), 'none')]);
    expect(dry.stdout).toMatch(/^would import +Planning 12-3-25 FINAL\.txt — Cabinet/m);
    expect(dry.stdout).toMatch(
      /^skipped +Planning 12-3-25 FINAL \(copy\)\.txt — The same file as Planning 12-3-25 FINAL\.txt\.$/m,
    );
  });
});
