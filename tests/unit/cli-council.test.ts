// A data folder begun on the command line has no council name, and no Word document may be headed
// with the house style's placeholder: `import` says how to set it (or takes --council), `export`
// refuses with one sentence and writes nothing, `house-style --council` sets it. Real folders, the
// built command run as a process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { councilNameNotSet, defaultHouseStyle } from '../../shared/houseStyle';
import { readDocx } from './docx';
import { COUNCIL, PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';
import { serving } from './serving';

const train = path.resolve(__dirname, '../fixtures/import/corpus/train');
const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (npm test does) first.`);
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 4 * PROCESS_TIMEOUT_MS });

const hint =
  'Note: this folder’s council name is not set, and it heads every document: set it with minutebook house-style --council "NAME" (or give --council "NAME" to import).';

/** Minutes that name their committee and date, as one file in a folder of their own. */
function minutesFile(source = 'eng-pdf-cabinet-code-prefix.txt'): string {
  const folder = tempDir();
  const file = path.join(folder, source);
  copyFileSync(path.join(train, source), file);
  return file;
}

const exportArgs = (data: string, meetingId: string, out: string) => [
  'export',
  '--data',
  data,
  '--meeting',
  meetingId,
  '--kind',
  'minutes',
  '--out',
  out,
];

describe('the council’s name in a folder begun on the command line', SLOW, () => {
  it('import says how to set it; export refuses without it and writes nothing; house-style sets it', async () => {
    const data = tempDir();
    const imported = run(['import', minutesFile(), '--data', data]);
    expect(imported.status, imported.stderr).toBe(0);
    const meetingId = imported.stdout.trim();
    expect(imported.stderr.split('\n')).toContain(hint);

    const out = path.join(tempDir(), 'minutes.docx');
    const refused = run(exportArgs(data, meetingId, out));
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe(councilNameNotSet);
    expect(refused.stdout).toBe('');
    expect(existsSync(out)).toBe(false);

    // Refused the same way beside the app (read through its read-only connection and the router).
    await serving(data);
    const beside = run(exportArgs(data, meetingId, out));
    expect(beside.status).toBe(2);
    expect(beside.stderr.trim()).toBe(councilNameNotSet);
    expect(existsSync(out)).toBe(false);
    const shown = run(['house-style', '--data', data]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout.trim()).toBe('Council: not set (give it with --council "NAME").');
    // Setting it writes, so it waits for the app to close, as import does.
    const whileOpen = run(['house-style', '--council', COUNCIL, '--data', data]);
    expect(whileOpen.status).not.toBe(0);
    expect(whileOpen.stderr).toContain('already open');
  });

  it('house-style --council sets it, and export then heads the document with it', async () => {
    const data = tempDir();
    const meetingId = run(['import', minutesFile(), '--data', data]).stdout.trim();
    const empty = run(['house-style', '--council', '  ', '--data', data]);
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim()).toContain('Council name must not be empty.');
    const set = run(['house-style', '--council', COUNCIL, '--data', data]);
    expect(set.status, set.stderr).toBe(0);
    expect(set.stdout.trim()).toBe(`Council: ${COUNCIL}`);
    expect(run(['house-style', '--data', data]).stdout.trim()).toBe(`Council: ${COUNCIL}`);

    const out = path.join(tempDir(), 'minutes.docx');
    const exported = run(exportArgs(data, meetingId, out));
    expect(exported.status, exported.stderr).toBe(0);
    const { text } = await readDocx(readFileSync(out));
    expect(text).toContain(COUNCIL);
    expect(text).not.toContain(defaultHouseStyle.councilName);
    // A second import into a folder whose council is named says nothing about it.
    const again = run(['import', minutesFile('eng-docx-licensing-hearing.txt'), '--data', data]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('council name is not set');
  });

  it('import --council sets it, for a file and for a folder', async () => {
    const data = tempDir();
    const imported = run(['import', minutesFile(), '--council', COUNCIL, '--data', data]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).not.toContain('council name is not set');
    const out = path.join(tempDir(), 'minutes.docx');
    expect(run(exportArgs(data, imported.stdout.trim(), out)).status).toBe(0);
    expect((await readDocx(readFileSync(out))).text).toContain(COUNCIL);

    const folderData = tempDir();
    const folder = path.dirname(minutesFile());
    const unnamed = run(['import', folder, '--data', folderData]);
    expect(unnamed.status, unnamed.stderr).toBe(0);
    expect(unnamed.stderr.split('\n')).toContain(hint);
    const named = run(['import', folder, '--data', tempDir(), '--council', 'Northwick Borough Council']);
    expect(named.status, named.stderr).toBe(0);
    expect(named.stderr).not.toContain('council name is not set');
  });
});
