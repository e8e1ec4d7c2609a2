// Scottish minutes with a private item, imported from the command line: the item is exempt under
// Schedule 7A to the Local Government (Scotland) Act 1973 with the paragraph the exclusion cites, and
// the public edition of the minutes keeps only its title and the exclusion, worded under Schedule 7A.
// Where the text names no paragraph, the import stops with one sentence saying how to give it
// (--exempt-paragraph), and imports once it is given.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import type { MeetingDetail } from '../../shared/domain';
import { readDocx } from './docx';
import { ok, PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS });

const minutes = (exclusion: string) => `GLENBRAE COUNCIL

Minute of Meeting of the Communities Committee held in the Council Chambers, Glenbrae on Tuesday 3 March 2026 at 10.00am.

Present: Councillor A Drummond (Convener), Councillors B Lennox, C Murray and D Ogilvie

In attendance: E Fraser (Head of Legal Services), F Gunn (Committee Officer)

1. Apologies
Apologies were intimated on behalf of Councillor G Haldane.

2. Community Grants Scheme
The Committee agreed to approve the grants set out in the report.

3. Exclusion of the Public
${exclusion}

4. Acquisition of Former Creamery Site
The Committee considered the Zephyrhaugh valuation of 640,000 pounds and agreed to make an offer of 590,000 pounds.
`;

const withParagraph =
  'The Committee resolved that, under Section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded from the meeting for the following item on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 8 of Part I of Schedule 7A to the Act.';
const withoutParagraph =
  'The Committee resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 that the public be excluded for the following item of business.';

function file(text: string): string {
  const at = path.join(tempDir(), 'communities.txt');
  writeFileSync(at, text);
  return at;
}

async function recorded(data: string, meetingId: string) {
  const core = openCore(data, { log: () => undefined });
  try {
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meetingId });
    return detail.items.map(({ title, exempt, exemptBasis, exemptParagraph }) => ({
      title,
      exempt,
      exemptBasis,
      exemptParagraph,
    }));
  } finally {
    core.close();
  }
}

describe('Scottish minutes with a private item, from the command line', SLOW, () => {
  it('imports it under Schedule 7A with its paragraph; the public minutes keep its title and the exclusion only', async () => {
    const data = tempDir();
    const source = file(minutes(withParagraph));
    const dry = run(['import', source, '--dry-run', '--json']);
    expect(dry.status, dry.stderr).toBe(0);
    const found = JSON.parse(dry.stdout) as {
      items: { title: string; exempt: boolean; exemptParagraph: number | null }[];
      notes: string[];
    };
    // The shape is kept: exemptParagraph is Schedule 12A's (none here); the law is added beside it.
    expect(found.items.at(-1)).toMatchObject({
      exempt: true,
      exemptBasis: 'schedule 7A',
      exemptParagraph: null,
      exemption: { basis: 'schedule 7A', paragraph: 8 },
    });
    expect(found.notes.join('\n')).not.toMatch(/Schedule (?:12A|7A)/);

    const imported = run(['import', source, '--council', 'Glenbrae Council', '--data', data]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).not.toContain('Schedule 12A');
    const meetingId = imported.stdout.trim();
    const items = await recorded(data, meetingId);
    expect(items.at(-1)).toMatchObject({
      title: 'Acquisition of Former Creamery Site',
      exempt: true,
      exemptBasis: 'schedule 7A',
      exemptParagraph: 8,
    });
    expect(items.slice(0, -1).every((item) => !item.exempt)).toBe(true);

    const out = path.join(tempDir(), 'public.docx');
    const exported = run([
      'export',
      '--data',
      data,
      '--meeting',
      meetingId,
      '--kind',
      'minutes',
      '--out',
      out,
    ]);
    expect(exported.status, exported.stderr).toBe(0);
    const { text } = await readDocx(readFileSync(out));
    expect(text).toContain('Acquisition of Former Creamery Site');
    expect(text).toContain(
      'paragraph 8 of Part I of Schedule 7A to the Local Government (Scotland) Act 1973',
    );
    expect(text).not.toContain('Schedule 12A');
    for (const secret of ['Zephyrhaugh', '640,000', '590,000', 'make an offer'])
      expect(text).not.toContain(secret);
    expect(text).toContain('Community Grants Scheme');
  });

  it('stops with one sentence where the text names no paragraph, and imports once --exempt-paragraph gives it', async () => {
    const data = tempDir();
    const source = file(minutes(withoutParagraph));
    const refused = run(['import', source, '--council', 'Glenbrae Council', '--data', data]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe(
      'Item 4 is exempt under Schedule 7A to the Local Government (Scotland) Act 1973, but the text does not say under which paragraph: choose it (1 to 15). Use --exempt-paragraph N (or ITEM=N).',
    );
    expect(refused.stdout).toBe('');

    const wrong = run(['import', source, '--exempt-paragraph', '4=16', '--data', data]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe('Item 4: Schedule 7A paragraph must be 1 to 15.');
    expect(run(['import', source, '--exempt-paragraph', '2=6', '--data', data]).stderr.trim()).toBe(
      '--exempt-paragraph: item 2 is not exempt; only an exempt item has a paragraph.',
    );

    const imported = run(['import', source, '--exempt-paragraph', '4=6', '--data', data]);
    expect(imported.status, imported.stderr).toBe(0);
    expect((await recorded(data, imported.stdout.trim())).at(-1)).toMatchObject({
      exempt: true,
      exemptBasis: 'schedule 7A',
      exemptParagraph: 6,
    });
  });

  it('in a folder: the paragraph the text cites is enough, and one that cites none needs Schedule 7A’s paragraph', () => {
    const data = tempDir();
    const folder = tempDir();
    writeFileSync(path.join(folder, 'a-communities.txt'), minutes(withParagraph));
    writeFileSync(
      path.join(folder, 'b-communities-april.txt'),
      minutes(withoutParagraph).replace('Tuesday 3 March 2026', 'Tuesday 7 April 2026'),
    );
    const result = run(['import', folder, '--dry-run', '--json', '--data', data]);
    const files = (
      JSON.parse(result.stdout) as { files: { name: string; outcome: string; reason: string }[] }
    ).files;
    expect(files.map(({ name, outcome, reason }) => [name, outcome, reason])).toEqual([
      ['a-communities.txt', 'would import', ''],
      [
        'b-communities-april.txt',
        'needs attention',
        'An exempt item does not say its Schedule 7A paragraph: open it in the preview to choose it.',
      ],
    ]);
  });
});
