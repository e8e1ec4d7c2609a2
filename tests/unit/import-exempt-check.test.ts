// The confidentiality check at import (electron/import/exemptSigns.ts): an item the text does not mark
// exempt, though its words say it may be, is never imported as public on a guess. The words are
// found on invented texts (and phrases that only look alike raise nothing); the folder's file needs
// attention with a sentence naming the item and the words; the command line refuses (exit 2) with
// the options that answer, and imports as answered: --not-exempt, or --exempt-paragraph ITEM=N.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { exemptSignsOf, signsIn } from '../../electron/import/exemptSigns';
import { parseImportText } from '../../electron/import/parse';
import type { Meeting, MeetingDetail } from '../../shared/domain';
import { missingFrom, missingSentence } from '../../shared/importFolder';
import type { ImportItem } from '../../shared/importing';
import { ok, PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';

const item = (title: string, text: string, patch: Partial<ImportItem> = {}): ImportItem => ({
  number: '',
  title,
  purpose: '',
  exempt: false,
  exemptParagraph: null,
  attendees: [],
  decisions: [],
  actions: [],
  minutesText: text,
  minutes: { type: 'doc', content: [{ type: 'paragraph' }] },
  updates: [],
  report: null,
  supportingDocuments: [],
  ...patch,
});

describe('the words that say an item may be exempt', () => {
  it.each([
    ['The report was marked “not for publication”.', 'not for publication'],
    ['This item was considered in private session.', 'in private'],
    ['The matter was heard in closed session.', 'closed session'],
    ['The Council went ‘In Committee’ for this matter.', '‘In Committee'],
    ['The appendix is restricted information.', 'restricted information'],
    ['Exempt information – paragraph 3.', 'Exempt'],
    ['The press and public were excluded for this item.', 'press and public were excluded'],
    ['It contains information under paragraph 3 of Part 1 of the schedule.', 'paragraph 3 of Part 1'],
    ['Information of the kind in Schedule 12A to the Act.', 'Schedule 12A'],
    ['The bids are commercially sensitive.', 'commercially sensitive'],
    ['Members received a confidential briefing.', 'confidential'],
    ['PART 2\nThe offer was accepted.', 'PART 2'],
  ])('“%s” says “%s”', (text, words) => {
    expect(signsIn(text)).toContain(words);
  });

  it.each([
    'The Committee considered private hire licensing fees and the private hire driver policy.',
    'Growth in the private sector was noted, and homes in private ownership.',
    'The Confidential Reporting (Whistleblowing) Policy was approved.',
    'The council’s confidential reporting policy was reviewed.',
    'Householder applications are exempt from planning fees.',
    'Part 2 of the report sets out the options.',
    'The matter was discussed in committee last year.',
    'Parking is restricted to residents.',
    'The terms are in the exempt appendix; the report itself is public.',
  ])('“%s” raises nothing', (text) => {
    expect(signsIn(text)).toEqual([]);
  });

  it('raises the items after an exclusion of the public, until the public are readmitted, but not the exclusion itself', () => {
    const signs = exemptSignsOf({
      items: [
        item('Budget', 'RESOLVED that the budget be approved.', { number: '4' }),
        item(
          'Exclusion of the press and public',
          'RESOLVED that the press and public be excluded from the meeting for the remaining items as they involve exempt information.',
          { number: '5' },
        ),
        item('Depot lease', 'RESOLVED that the lease be surrendered.', { number: '6' }),
        item('Staffing', 'RESOLVED that the restructure be approved. The press and public were readmitted.', {
          number: '7',
          exempt: true,
          exemptParagraph: 1,
        }),
        item('Any other business', 'There was none.', { number: '8' }),
      ],
    });
    expect(signs[0]).toEqual([]);
    expect(signs[1]).toEqual([]);
    expect(signs[2]).toEqual([
      'after “press and public be excluded” (item 5), with no readmission of the public',
    ]);
    // Marked exempt already: nothing to ask.
    expect(signs[3]).toEqual([]);
    expect(signs[4]).toEqual([]);
  });

  it('an exclusion for “the following item” raises that item only; a Part 2 banner at the end of an item raises those after it', () => {
    const following = exemptSignsOf({
      items: [
        item('Exclusion of the public', 'RESOLVED that the public be excluded for the following item.', {
          number: '1',
        }),
        item('Land sale', 'RESOLVED that the land be sold.', { number: '2' }),
        item('Parks strategy', 'RESOLVED that the strategy be adopted.', { number: '3' }),
      ],
    });
    expect(following.map((words) => words.length)).toEqual([0, 1, 0]);
    const banner = exemptSignsOf({
      items: [
        item('Parks strategy', 'RESOLVED that the strategy be adopted.\n\nPART 2', { number: '1' }),
        item('Land sale', 'RESOLVED that the land be sold.', { number: '2' }),
      ],
    });
    expect(banner).toEqual([[], ['after “PART 2” (at the end of item 1)']]);
  });

  it('the parser’s structure carries them as exemptSigns, and a folder’s file needs the officer’s answer', () => {
    const structure = parseImportText(minutes('4 March 2025'));
    const land = structure.items.find((one) => one.title === 'Land at Mill Lane')!;
    expect(land.exempt).toBe(false);
    expect(land.exemptSigns).toEqual(['commercially sensitive']);
    expect(
      structure.items.find((one) => one.title === 'Private hire licensing fees')!.exemptSigns,
    ).toBeUndefined();

    expect(missingFrom(structure)).toEqual(['exemption']);
    expect(missingSentence(missingFrom(structure), structure)).toBe(
      'Item 3 “Land at Mill Lane” is not marked exempt, but its text says “commercially sensitive”: open it in the preview to say whether it is exempt.',
    );
    // Answered either way, nothing is missing.
    land.notExempt = true;
    expect(missingFrom(structure)).toEqual([]);
    land.notExempt = false;
    land.exempt = true;
    land.exemptParagraph = 3;
    expect(missingFrom(structure)).toEqual([]);
  });
});

const minutes = (date: string) => `PLANNING COMMITTEE

Minutes of the meeting held on ${date} at 7.00 pm, Council Chamber

Present: Councillor A Brown (Chair), Councillor B Green

1. Apologies for absence

There were no apologies.

2. Private hire licensing fees

The Committee considered the private hire licensing fees, set in line with the private sector, and the confidential reporting policy.

RESOLVED that the fees be approved.

3. Land at Mill Lane

The report was commercially sensitive and was discussed at length.

RESOLVED that the offer be accepted.
`;

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 2 * PROCESS_TIMEOUT_MS });

/** Each meeting's items as imported, by date: title, exempt, paragraph. */
const imported = async (data: string) => {
  const core = openCore(data, { log: () => undefined });
  try {
    const found: Record<string, [string, boolean, number | null][]> = {};
    for (const meeting of await ok<Meeting[]>(core, 'meetings.list', {})) {
      const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
      found[meeting.date] = detail.items.map((one) => [one.title, one.exempt, one.exemptParagraph]);
    }
    return found;
  } finally {
    core.close();
  }
};

const refusal =
  'Item 3 “Land at Mill Lane” is not marked exempt, but its text says “commercially sensitive”: give --exempt-paragraph 3=N if it is exempt (N: its Schedule 12A paragraph), or --not-exempt 3 if it is not.';

describe('minutebook import: an item whose words say it may be exempt waits for the answer', SLOW, () => {
  it('one file: refused with exit 2 and the options; imported public with --not-exempt, exempt with --exempt-paragraph', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'minutes.txt');
    writeFileSync(file, minutes('4 March 2025'));
    const data = path.join(tempDir(), 'data');

    const refused = run(['import', file, '--data', data]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe(refusal);
    const json = run(['import', file, '--dry-run', '--json', '--data', data]);
    expect(json.status).toBe(0);
    const printed = JSON.parse(json.stdout) as { items: { title: string; exemptSigns?: string[] }[] };
    expect(printed.items[2]).toMatchObject({
      title: 'Land at Mill Lane',
      exemptSigns: ['commercially sensitive'],
    });

    const wrong = run(['import', file, '--not-exempt', '9', '--data', data]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe('--not-exempt: there is no item 9 (give its number as printed).');

    expect(run(['import', file, '--not-exempt', '3', '--data', data]).status).toBe(0);
    const other = path.join(folder, 'other.txt');
    writeFileSync(other, minutes('5 March 2025'));
    expect(run(['import', other, '--exempt-paragraph', '3=3', '--data', data]).status).toBe(0);
    const found = await imported(data);
    expect(found['2025-03-04']![2]).toEqual(['Land at Mill Lane', false, null]);
    expect(found['2025-03-05']![2]).toEqual(['Land at Mill Lane', true, 3]);
    expect(found['2025-03-05']![1]).toEqual(['Private hire licensing fees', false, null]);
  });

  it('a folder: the file needs attention with the sentence; --not-exempt FILE:ITEM and --exempt-paragraph FILE:ITEM=N import it as answered', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'a.txt'), minutes('4 March 2025'));
    writeFileSync(path.join(folder, 'b.txt'), minutes('5 March 2025'));
    const data = path.join(tempDir(), 'data');

    const bare = run(['import', folder, '--not-exempt', '3', '--data', data]);
    expect(bare.status).toBe(2);
    expect(bare.stderr.trim()).toBe(
      'With a folder, --not-exempt names the file as well: FILE:ITEM (not “3”: an item number is one meeting’s).',
    );
    const waiting = run(['import', folder, '--json', '--data', data]);
    expect(waiting.status).toBe(1);
    const files = (JSON.parse(waiting.stdout) as { files: { outcome: string; reason: string }[] }).files;
    expect(files.map((one) => one.outcome)).toEqual(['needs attention', 'needs attention']);
    expect(files[0]!.reason).toBe(
      'Item 3 “Land at Mill Lane” is not marked exempt, but its text says “commercially sensitive”: give --exempt-paragraph a.txt:3=N if it is exempt (N: its Schedule 12A paragraph), or --not-exempt a.txt:3 if it is not.',
    );
    expect(await imported(data)).toEqual({});

    const answered = run([
      'import',
      folder,
      '--not-exempt',
      'a.txt:3',
      '--exempt-paragraph',
      'b.txt:3=3',
      '--data',
      data,
    ]);
    expect(answered.status).toBe(0);
    const found = await imported(data);
    expect(found['2025-03-04']![2]).toEqual(['Land at Mill Lane', false, null]);
    expect(found['2025-03-05']![2]).toEqual(['Land at Mill Lane', true, 3]);
  });

  it('--help says so', () => {
    const help = run(['import', '--help']);
    expect(help.stdout).toContain('--not-exempt ITEM');
    expect(help.stdout).toContain('is never imported as public');
  });
});
