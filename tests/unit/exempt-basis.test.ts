// The law an exempt item is exempt under, explicit: Schedule 12A with its paragraph (England, Wales),
// Schedule 7A with its paragraph (Scotland), or section 1(2) of the Public Bodies (Admission to
// Meetings) Act 1960 with none (parish, town and community councils). A parish council's minutes
// that exclude the public under the 1960 Act import, from the command line as in the app; an item can
// be recorded so on the item screen (items.create and items.update); and the public documents hold
// nothing of it but its title and the resolution excluding the public, worded under the 1960 Act.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import type { AgendaItem, MeetingDetail } from '../../shared/domain';
import type { DecisionRegister } from '../../shared/decisionRegister';
import { fullMeeting } from './exportFixture';
import { exported, allXml, expectInOrder } from './exported';
import { xmlEscaped } from './docx';
import { ok, PROCESS_TIMEOUT_MS, SLOW, tempCore, tempDir } from './helpers';

const parish = `LITTLE MARTON PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Tuesday 14 October 2025 at 7.30 pm in the Village Hall.

Present: Cllr A Dawson (Chairman), Cllr B Ellis, Cllr C Foster, Cllr D Grant

In attendance: Mrs E Hall (Clerk)

25/068 Apologies for absence
Apologies were received from Cllr F Irwin.

25/070 Exclusion of the press and public
RESOLVED that, in view of the confidential nature of the business to be transacted, the press and public be excluded from the meeting under the Public Bodies (Admission to Meetings) Act 1960, s.1(2).

25/071 Clerk's contract of employment
The Council considered the Clerk's hours.
RESOLVED that the Clerk's hours be increased to 12 hours a week from 1 November 2025.
`;

const resolution1960 =
  'RESOLVED that the press and public be excluded from the meeting for the following item of business, publicity being prejudicial to the public interest by reason of the confidential nature of the business to be transacted, in accordance with the Public Bodies (Admission to Meetings) Act 1960, section 1(2).';

describe('a parish council’s confidential item under the 1960 Act', SLOW, () => {
  it('imports from the command line, exempt under the 1960 Act with no paragraph', async () => {
    const data = tempDir();
    const file = path.join(tempDir(), 'parish.txt');
    writeFileSync(file, parish);
    const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
    const run = (args: string[]) =>
      spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS });
    const dry = run(['import', file, '--dry-run', '--json', '--data', data]);
    const found = JSON.parse(dry.stdout) as {
      items: { title: string; exemptBasis: string | null }[];
      notes: string[];
    };
    expect(found.items.at(-1)).toMatchObject({
      exempt: true,
      exemptBasis: '1960 Act',
      exemptParagraph: null,
    });
    expect(found.notes.join('\n')).not.toContain('Schedule 12A');
    const imported = run(['import', file, '--data', data]);
    expect(imported.stderr).not.toContain('Schedule 12A');
    expect(imported.status, imported.stderr).toBe(0);
    const core = openCore(data, { log: () => undefined });
    try {
      const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: imported.stdout.trim() });
      expect(
        detail.items.map(({ exempt, exemptBasis, exemptParagraph }) => [
          exempt,
          exemptBasis,
          exemptParagraph,
        ]),
      ).toEqual([
        [false, null, null],
        [false, null, null],
        [true, '1960 Act', null],
      ]);
      expect(detail.items[2]!.title).toMatch(/^Clerk.s contract of employment$/);
    } finally {
      core.close();
    }
  });

  it('is recorded on the item screen, and the public documents hold only its title and the exclusion', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const item = await ok<AgendaItem>(core, 'items.update', {
      id: f.exemptItem.id,
      exemptBasis: '1960 Act',
      exemptParagraph: null,
    });
    expect(item).toMatchObject({ exempt: true, exemptBasis: '1960 Act', exemptParagraph: null });
    const secrets = Object.values(f.secrets);
    for (const kind of ['minutes', 'agenda'] as const) {
      const { doc } = await exported(core, { meetingId: f.meeting.id, kind, edition: 'public' });
      const xml = allXml(doc);
      for (const secret of secrets) expect(xml, `${kind}: ${secret}`).not.toContain(xmlEscaped(secret));
      expect(xml).not.toMatch(/Zephyr|Marlowe|Quentin/);
      expect(xml).not.toContain('Schedule 12A');
      expect(doc.text).toContain('Award of the Home Care Contract');
    }
    const minutes = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' });
    expectInOrder(minutes.doc.text, [
      resolution1960,
      '2. Award of the Home Care Contract',
      'This item was considered in private. Its minutes are not for publication by virtue of section 1(2) of the Public Bodies (Admission to Meetings) Act 1960.',
    ]);
    const agenda = await exported(core, { meetingId: f.meeting.id, kind: 'agenda', edition: 'public' });
    expect(agenda.doc.text).toContain(
      'which is not for publication by virtue of section 1(2) of the Public Bodies (Admission to Meetings) Act 1960.',
    );
    const confidential = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'confidential',
    });
    expect(allXml(confidential.doc)).toContain('NOT FOR PUBLICATION');
    expect(allXml(confidential.doc)).toContain(
      'By virtue of section 1(2) of the Public Bodies (Admission to Meetings) Act 1960',
    );
    expect(allXml(confidential.doc)).not.toContain('Schedule 12A');

    // The register keeps it exempt, cited under the 1960 Act.
    const register = await ok<DecisionRegister>(core, 'decisionRegister.list', { edition: 'confidential' });
    const entry = register.entries.find((e) => e.itemId === f.exemptItem.id);
    expect(entry?.exemption).toEqual({ basis: '1960 Act', paragraph: null });
    const csv = await ok<{ base64: string }>(core, 'decisionRegister.build', {
      edition: 'confidential',
      format: 'csv',
    });
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toContain(
      'Exempt: not for publication (section 1(2) of the Public Bodies (Admission to Meetings) Act 1960)',
    );

    // Search keeps its confidential content marked exempt, and the public-only search leaves it out.
    type Hits = { hits: { itemId: string | null; exempt: boolean }[] };
    const found = await ok<Hits>(core, 'search.query', { text: 'Zephyrcare' });
    expect(found.hits.length).toBeGreaterThan(0);
    expect(found.hits.every((hit) => hit.itemId === f.exemptItem.id && hit.exempt)).toBe(true);
    expect((await ok<Hits>(core, 'search.query', { text: 'Zephyrcare', publicOnly: true })).hits).toEqual([]);

    // Back to Schedule 12A, a paragraph is needed again.
    const noParagraph = await core.router.call('items.update', { id: item.id, exemptBasis: 'schedule 12A' });
    expect(noParagraph).toMatchObject({
      ok: false,
      error: { message: 'An exempt item needs the Schedule 12A paragraph it is exempt under.' },
    });
  });

  it('takes each law’s own paragraphs: 12A 1–7 and 12–18, 7A 1–15, the 1960 Act none', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const base = { meetingId: f.meeting.id, title: 'Land', purpose: '', leadOfficerId: null, exempt: true };
    const create = (exemptBasis: string, exemptParagraph: number | null) =>
      core.router.call('items.create', { ...base, exemptBasis, exemptParagraph });
    expect((await create('schedule 7A', 15)).ok).toBe(true);
    expect((await create('schedule 12A', 15)).ok).toBe(true);
    expect(await create('schedule 7A', 16)).toMatchObject({
      ok: false,
      error: { message: 'Schedule 7A paragraph must be 1 to 15.' },
    });
    expect(await create('1960 Act', 3)).toMatchObject({
      ok: false,
      error: {
        message: 'An item exempt under the Public Bodies (Admission to Meetings) Act 1960 has no paragraph.',
      },
    });
    const scottish = await ok<AgendaItem>(core, 'items.create', {
      ...base,
      exemptBasis: 'schedule 7A',
      exemptParagraph: 9,
    });
    await ok(core, 'items.move', { id: scottish.id, toNumber: 1 });
    const { doc } = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' });
    expect(doc.text).toContain(
      'RESOLVED that, under section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 9 of Part I of Schedule 7A to the Local Government (Scotland) Act 1973.',
    );
  });
});
