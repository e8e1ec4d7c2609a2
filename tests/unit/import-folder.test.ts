// `minutebook import DIR`: a folder of past minutes (text and PDF) imported meeting by meeting, through
// the built command: a progress line for each file, a table of what was found, the same file under
// another name skipped by its content hash, a file whose text lacks the committee and date left for
// the officer, a damaged PDF refused with its reason, and the whole folder skipped when imported again.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, readImports } from '../../electron/workers/jobs';
import { runWorker, WorkerStopped } from '../../electron/workers/runWorker';
import { typesetPdf } from '../fixtures/import/pdfWriter';
import { PROCESS_TIMEOUT_MS, tempDir } from './helpers';

const train = path.resolve(__dirname, '../fixtures/import/corpus/train');
const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 4 * PROCESS_TIMEOUT_MS });

interface Printed {
  files: {
    name: string;
    outcome: string;
    reason: string;
    meetingId: string | null;
    items: number;
    missing: string[];
  }[];
  summary: string;
}

/** Fixtures whose text names its committee and date. */
const complete = [
  'eng-pdf-cabinet-code-prefix',
  'eng-docx-licensing-hearing',
  'sco-mg-meeting-council-resolved-dash',
  'eng-docx-scrutiny-numbered-clauses',
];

describe('minutebook import DIR', () => {
  it('imports every file once, skips duplicates by content, and says what needs attention and what was refused', () => {
    const folder = tempDir();
    const data = tempDir();
    for (const name of complete)
      copyFileSync(path.join(train, `${name}.txt`), path.join(folder, `${name}.txt`));
    // The same file again under another name.
    copyFileSync(path.join(train, `${complete[0]}.txt`), path.join(folder, 'copy of cabinet.txt'));
    writeFileSync(
      path.join(folder, 'planning.pdf'),
      typesetPdf(readFileSync(path.join(train, 'ni-pdf-planning-two-per-line.txt'), 'utf8'), {
        footer: (page, pages) => `Page ${page} of ${pages}`,
      }),
    );
    copyFileSync(
      path.join(train, 'eng-mgai-exclusion-motion.txt'),
      path.join(folder, 'item page without a heading.txt'),
    );
    writeFileSync(path.join(folder, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
    writeFileSync(path.join(folder, 'notes.odt'), 'not looked at');

    const first = run(['import', folder, '--data', data, '--json']);
    expect(first.status, first.stderr).toBe(1);
    expect(first.stderr).toMatch(/^\[1\/8\] broken\.pdf$/m);
    expect(first.stderr).toMatch(/^\[8\/8\] /m);
    const printed = JSON.parse(first.stdout) as Printed;
    const outcome = Object.fromEntries(printed.files.map((file) => [file.name, file.outcome]));
    expect(outcome).toEqual({
      'broken.pdf': 'refused',
      'copy of cabinet.txt': 'imported',
      'eng-docx-licensing-hearing.txt': 'imported',
      'eng-docx-scrutiny-numbered-clauses.txt': 'imported',
      'eng-pdf-cabinet-code-prefix.txt': 'skipped',
      'item page without a heading.txt': 'needs attention',
      'planning.pdf': 'imported',
      'sco-mg-meeting-council-resolved-dash.txt': 'imported',
    });
    const reason = (name: string) => printed.files.find((file) => file.name === name)!.reason;
    expect(reason('broken.pdf')).toMatch(/^This is a PDF, but a damaged one/);
    expect(reason('eng-pdf-cabinet-code-prefix.txt')).toBe('The same file as copy of cabinet.txt.');
    expect(reason('item page without a heading.txt')).toMatch(/^The text does not say which committee/);
    expect(printed.files.find((file) => file.name === 'planning.pdf')!.items).toBe(7);
    const meetings = new Set(printed.files.flatMap((file) => (file.meetingId ? [file.meetingId] : [])));
    expect(meetings.size).toBe(5);
    expect(printed.summary).toBe('Imported 5, skipped 1, needs attention 1, refused 1.');

    // Imported again, under new names too: nothing is imported twice.
    copyFileSync(path.join(folder, 'planning.pdf'), path.join(folder, 'planning (2).pdf'));
    const again = run(['import', folder, '--data', data]);
    expect(again.status, again.stderr).toBe(1);
    // The original is read before its copy (folderOrder): it is the one found imported before, and the
    // copy is the same file as it.
    expect(again.stdout).toMatch(/^skipped +planning\.pdf — Imported before \(as planning\.pdf\)\.$/m);
    expect(again.stdout).toMatch(/^skipped +planning \(2\)\.pdf — The same file as planning\.pdf\.$/m);
    expect(again.stdout).toMatch(/^Imported 0, skipped 7, needs attention 1, refused 1\.$/m);
  }, 300_000);

  it('a dry run lists what would be imported and writes nothing, and refuses a file that is not minutes', () => {
    const folder = tempDir();
    const data = path.join(tempDir(), 'none');
    for (const name of complete)
      copyFileSync(path.join(train, `${name}.txt`), path.join(folder, `${name}.txt`));
    // An email saved beside the minutes is not minutes: refused, not offered with a command to import it.
    writeFileSync(
      path.join(folder, 'room booking.txt'),
      'Hi Karen,\n\nCan you book Committee Room 1 for the Licensing briefing on 14 January at 2pm?\n\nThanks\nMartin\n',
    );
    const dry = run(['import', folder, '--data', data, '--dry-run']);
    expect(dry.status, dry.stderr).toBe(1);
    expect(dry.stdout).toMatch(
      /^would import +eng-pdf-cabinet-code-prefix\.txt — Cabinet, 2025-10-14, 8 items/m,
    );
    expect(dry.stdout).toMatch(
      /^refused +room booking\.txt — .*It does not look like minutes: no meeting, heading or decision was found in it\.$/m,
    );
    expect(dry.stdout).not.toMatch(/minutebook import '[^']*room booking/);
    expect(dry.stdout).toMatch(/^Imported 0, would import 4, skipped 0, needs attention 0, refused 1\.$/m);
    expect(existsSync(data)).toBe(false);
  }, 300_000);

  it('a dry run prints what was found, with what needs a decision and how to give it; --committee and --date give it', () => {
    const folder = tempDir();
    const data = path.join(tempDir(), 'none');
    copyFileSync(path.join(train, `${complete[0]}.txt`), path.join(folder, 'cabinet.txt'));
    copyFileSync(path.join(train, 'eng-mgai-exclusion-motion.txt'), path.join(folder, 'item page.txt'));
    // Minutes with an exempt item whose paragraph the text does not give: the preview is where it is chosen.
    copyFileSync(path.join(train, 'ni-pdf-council-in-committee.txt'), path.join(folder, 'part two.txt'));
    const dry = run(['import', folder, '--data', data, '--dry-run']);
    expect(dry.status, dry.stderr).toBe(1);
    const lines = dry.stdout.trim().split('\n');
    expect(lines[0]).toBe(`What was found in ${folder} (nothing was imported):`);
    expect(lines[1]).toMatch(/^would import +cabinet\.txt — Cabinet, 2025-10-14, 8 items, \d+ decisions?$/);
    expect(lines[2]).toBe(
      `needs attention item page.txt — committee not found, date not found, 1 item, 1 decision — The text does not say which committee or the meeting’s date. To import it: minutebook import '${path.join(folder, 'item page.txt')}' --committee NAME --date YYYY-MM-DD --data '${data}'`,
    );
    expect(lines[3]).toMatch(
      /^needs attention part two\.txt — .+ — An exempt item does not say its Schedule 12A paragraph: open it in the preview to choose it\. To import it: minutebook import '.+\/part two\.txt' --exempt-paragraph N --data '.+' \(N: the paragraph its exclusion of the public means; ITEM=N for one item\), or import it in the app, whose preview lets you choose the paragraph\.$/,
    );
    expect(lines[4]).toBe('Imported 0, would import 1, skipped 0, needs attention 2, refused 0.');

    // The JSON keeps its fields and adds what is missing.
    const json = JSON.parse(run(['import', folder, '--data', data, '--dry-run', '--json']).stdout) as Printed;
    expect(json.files.map(({ name, outcome, missing }) => [name, outcome, missing])).toEqual([
      ['cabinet.txt', 'would import', []],
      ['item page.txt', 'needs attention', ['committee', 'date']],
      ['part two.txt', 'needs attention', ['paragraph']],
    ]);
    expect(Object.keys(json.files[0]!).sort()).toEqual(
      ['committee', 'date', 'decisions', 'items', 'meetingId', 'missing', 'name', 'outcome', 'reason'].sort(),
    );

    const given = run([
      'import',
      folder,
      '--data',
      data,
      '--dry-run',
      '--committee',
      'Cabinet',
      '--date',
      '2025-11-04',
    ]);
    expect(given.status, given.stderr).toBe(1);
    expect(given.stdout).toMatch(/^Imported 0, would import 2, skipped 0, needs attention 1, refused 0\.$/m);
    expect(existsSync(data)).toBe(false);
  }, 300_000);

  it.skipIf(process.platform === 'win32')(
    'the command it gives for a file is pasted into a shell as it is, whatever the file is called',
    () => {
      const folder = tempDir();
      const data = path.join(tempDir(), 'none');
      // A name from the outside world: a shell would run $(…) and `…` inside double quotes.
      const name = `minutes $(touch ran) \`touch ran2\` "x" it's.txt`;
      copyFileSync(path.join(train, 'eng-mgai-exclusion-motion.txt'), path.join(folder, name));
      const dry = run(['import', folder, '--data', data, '--dry-run']);
      const quoted =
        /To import it: minutebook import (.+) --committee NAME --date YYYY-MM-DD --data '[^']+'$/m.exec(
          dry.stdout,
        )?.[1];
      expect(quoted, dry.stdout).toBeDefined();
      const pasted = spawnSync('sh', ['-c', `printf '%s' ${quoted}`], { cwd: folder, encoding: 'utf8' });
      expect(pasted.stdout).toBe(path.join(folder, name));
      expect(existsSync(path.join(folder, 'ran'))).toBe(false);
      expect(existsSync(path.join(folder, 'ran2'))).toBe(false);
    },
    300_000,
  );
});

describe('reading a folder in batches', () => {
  const file = (name: string) => ({
    bytes: readFileSync(path.join(train, `${name}.txt`)),
    fileName: `${name}.txt`,
  });
  const files = [
    file(complete[0]!),
    { bytes: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'), fileName: 'broken.pdf' },
    file(complete[1]!),
  ];

  it('a batch whose worker is stopped is read again a file at a time, each answered alone', async () => {
    // A batch worker given a millisecond cannot start, let alone read: it is really stopped.
    const tight = { ...IMPORT_LIMITS, timeoutMs: 1 };
    await expect(runWorker('import', { files }, tight)).rejects.toEqual(new WorkerStopped('time'));

    const answers = await readImports(files, tight);
    expect(answers.map((answer) => answer.ok)).toEqual([true, false, true]);
    const [cabinet, broken, licensing] = answers;
    expect(cabinet!.ok && cabinet!.structure.meeting?.committee).toBe('Cabinet');
    expect(!broken!.ok && broken!.message).toMatch(/^This is a PDF, but a damaged one/);
    expect(licensing!.ok && licensing!.structure.items.length).toBeGreaterThan(0);
    // The same answers as the batch read in one worker.
    expect(await readImports(files)).toEqual(answers);
  }, 120_000);
});
