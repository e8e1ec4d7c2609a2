// Importing through the router into a real SQLite file: people matched by name, one transaction,
// Word documents read through the bounded zip reader, hostile files refused, and the five seeds
// imported, exported to Word and read back with every sentence present.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { docxText, htmlToText, readDocxEntries, storedZip } from '../../electron/import/docx';
import { parseImportText } from '../../electron/import/parse';
import { importText } from '../../electron/import/source';
import type { Decision } from '../../shared/decisions';
import type { Committee, ItemPerson, MeetingDetail, Person } from '../../shared/domain';
import type { ImportPreview, ImportResult } from '../../shared/importing';
import { attendanceText, type AttendanceDetail } from '../../shared/attendance';
import { readDocx } from './docx';
import { ok, tempCore, tempDir } from './helpers';

const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
const fixturesDir = path.resolve(__dirname, '../fixtures/import');
const seedFiles = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const seedText = (file: string) => readFileSync(path.join(seedsDir, file), 'utf8');

type Core = ReturnType<typeof tempCore>;

async function importTextInto(
  core: Core,
  text: string,
  target: object = {},
  people: Record<string, string> = {},
) {
  const preview = await ok<ImportPreview>(core, 'imports.preview', { text });
  const result = await ok<ImportResult>(core, 'imports.commit', {
    structure: preview.structure,
    target,
    people,
  });
  return { preview, result };
}

describe('importing into Minutebook', () => {
  it('writes a whole meeting: committee, register, items with their published numbers, decisions with mover, seconder and votes', async () => {
    const core = tempCore();
    const { result } = await importTextInto(
      core,
      readFileSync(path.join(fixturesDir, 'district-planning.txt'), 'utf8'),
    );
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: result.meetingId });
    expect(detail.committee).toMatchObject({ name: 'Planning Committee', kind: 'regulatory' });
    expect(detail.meeting).toMatchObject({
      date: '2022-03-15',
      startTime: '19:00',
      venue: 'Council Chamber, Civic Offices, Sometown',
      status: 'minutes drafted',
    });
    expect(detail.items.map((item) => [detail.minuteNumbers[item.id], item.title, item.exempt])).toEqual([
      ['45', 'APOLOGIES FOR ABSENCE', false],
      ['46', 'DECLARATIONS OF INTEREST', false],
      ['47', 'MINUTES', false],
      ['48', '21/01234/FUL – LAND AT MILL LANE, SOMETOWN', false],
      ['49', 'EXCLUSION OF THE PRESS AND PUBLIC', false],
      ['50', 'LAND DISPOSAL AT STATION ROAD', true],
    ]);
    const attendance = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: result.meetingId });
    const text = attendanceText(attendance.register);
    const override = (section: string) => attendance.overrides.find((o) => o.section === section)?.text;
    expect(text.present).toBe(
      'Present: Councillor A Smith (Chair), Councillor C Brown (Vice-Chair), Councillors E Green, B Jones and D White.',
    );
    expect(text.apologies).toBe('Apologies for absence were received from Councillors F Black and G Grey.');
    expect(text.officers).toMatch(/^Officers in attendance: Jane Doe \(Head of Planning\), John Roe/);
    // The register has no declarations yet: the attendance block gives the minutes' own words.
    expect(override('declarations')).toMatch(
      /^Councillor D White declared a non-registrable interest in minute 48/,
    );
    const [refusal] = await ok<Decision[]>(core, 'decisions.list', { itemId: detail.items[3]!.id });
    const people = await ok<Person[]>(core, 'people.list', {});
    const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name;
    expect(nameOf(refusal!.moverId)).toBe('B Jones');
    expect(nameOf(refusal!.seconderId)).toBe('E Green');
    expect(refusal!.vote).toMatchObject({ kind: 'show of hands', for: 4, against: 1, abstain: 0 });
    expect(refusal!.clauses).toHaveLength(2);
    // Ten people, each once: Councillor B Jones is present, mover and on the register once.
    expect(people.map((person) => person.name).sort()).toEqual(
      [
        'A Smith',
        'B Jones',
        'C Brown',
        'D White',
        'E Green',
        'F Black',
        'G Grey',
        'Jane Doe',
        'John Roe',
        'Priya Shah',
      ].sort(),
    );
    expect(result.peopleAdded).toHaveLength(10);
  });

  it('matches people to the directory by name and never duplicates them silently', async () => {
    const core = tempCore();
    const baria = await ok<Person>(core, 'people.create', {
      name: 'Caroline Baria',
      honorific: '',
      role: 'Director of Adults and Health',
      organisation: 'Leeds City Council',
      party: '',
      kind: 'officer',
    });
    const venner = await ok<Person>(core, 'people.create', {
      name: 'Fiona Venner',
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: 'Labour',
      kind: 'member',
    });
    const text = seedText(seedFiles[0]!).replace('Councillor Fiona Venner', 'Councillor F Venner');
    const preview = await ok<ImportPreview>(core, 'imports.preview', { text });
    const byName = Object.fromEntries(preview.people.map((person) => [person.name, person]));
    // An exact name is a match; "F Venner" may be Fiona Venner, so the officer is asked.
    expect(byName['Caroline Baria']).toMatchObject({ matchId: baria.id });
    expect(byName['F Venner']).toMatchObject({
      matchId: null,
      candidates: [expect.objectContaining({ id: venner.id })],
    });

    // Told that F Venner is Fiona Venner: no new entry for either.
    const { result } = await importTextInto(
      core,
      text,
      { committeeName: 'Scrutiny Board', date: '2024-07-10' },
      {
        'f venner': venner.id,
      },
    );
    expect(result.peopleAdded).toEqual(
      ['Salma Arif', 'Victoria Eaton', 'Shona McFarlane', 'Kate Sibson'].map((name, i) =>
        i === 0 ? `Councillor ${name}` : name,
      ),
    );
    expect(result.peopleMatched).toBe(2);
    const attendees = await ok<ItemPerson[]>(core, 'itemPeople.list', { itemId: result.itemIds[0] });
    expect(attendees.map((entry) => [entry.person.name, entry.capacity])).toEqual([
      ['Fiona Venner', 'Executive Member for Equality, Health and Wellbeing'],
      ['Salma Arif', 'Executive Member for Adult Social Care, Active Lifestyles and Culture'],
      ['Caroline Baria', 'Director of Adults and Health'],
      ['Victoria Eaton', 'Director of Public Health'],
      ['Shona McFarlane', 'Deputy Director Social Work and Social Care Service'],
      ['Kate Sibson', 'Commissioning Programme Manager, Adults and Health'],
    ]);
    // Importing the same text again matches everyone now in the directory: nobody is added twice.
    const again = await importTextInto(core, seedText(seedFiles[0]!), {
      committeeName: 'Scrutiny Board',
      date: '2024-07-11',
    });
    expect(again.result.peopleAdded).toEqual([]);
    expect((await ok<Person[]>(core, 'people.list', {})).length).toBe(6);
  });

  it('adds a pasted item to an existing meeting', async () => {
    const core = tempCore();
    const first = await importTextInto(core, seedText(seedFiles[2]!), {
      committeeName: 'Scrutiny Board',
      date: '2016-11-15',
    });
    const second = await importTextInto(core, seedText(seedFiles[3]!), { meetingId: first.result.meetingId });
    expect(second.result.meetingId).toBe(first.result.meetingId);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: first.result.meetingId });
    expect(detail.items.map((item) => item.title)).toEqual([
      'Provision of Home Support Services',
      'JOINT COMMISSIONING OF DOMICILIARY CARE SUPPORT SERVICES',
    ]);
  });

  it('is one transaction: an exempt item without its paragraph refuses the import and leaves nothing behind', async () => {
    const core = tempCore();
    const preview = await ok<ImportPreview>(core, 'imports.preview', {
      text: readFileSync(path.join(fixturesDir, 'district-planning.txt'), 'utf8'),
    });
    const structure = preview.structure;
    structure.items[5]!.exemptParagraph = null;
    const result = await core.router.call('imports.commit', { structure, target: {}, people: {} });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe(
      'Item 50 is exempt: choose the paragraph of Schedule 12A it is exempt under.',
    );
    expect(await ok<Committee[]>(core, 'committees.list', {})).toEqual([]);
    expect(await ok<Person[]>(core, 'people.list', {})).toEqual([]);
  });

  it('asks for a committee and a date when an item page gives neither', async () => {
    const core = tempCore();
    const preview = await ok<ImportPreview>(core, 'imports.preview', { text: seedText(seedFiles[1]!) });
    const noCommittee = await core.router.call('imports.commit', {
      structure: preview.structure,
      target: {},
      people: {},
    });
    expect(!noCommittee.ok && noCommittee.error.message).toBe('Say which committee the meeting belongs to.');
    const noDate = await core.router.call('imports.commit', {
      structure: preview.structure,
      target: { committeeName: 'Cabinet' },
      people: {},
    });
    expect(!noDate.ok && noDate.error.message).toBe(
      'The text gives no meeting date: give the date of the meeting.',
    );
  });
});

/** Sentences of a published text as a reader would quote them: page furniture, list markers and markdown aside. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^(?:Agenda item|Minutes:|Supporting documents:)$/, '')
        .replace(/^(?:[·Ø•o-]\s+)+/, '')
        .replace(/^(?:\(?\d{1,3}[.)]|[a-z]\))\s+/, '')
        .replace(/\*\*/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        // A heading's closing colon ("… domiciliary care rates:") is punctuation, not words.
        .replace(/:$/, ''),
    )
    .flatMap((line) => line.split(/(?<=[.;!?])\s+(?=[A-Z“])/))
    .map((sentence) => normalise(sentence))
    .filter((sentence) => sentence.length > 0);
}
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe('round trip: each seed imported, exported to Word, and read back', () => {
  for (const file of seedFiles) {
    it(`${file}: every sentence of the seed is in the Word document`, async () => {
      const core = tempCore();
      const structure = parseImportText(seedText(file));
      // Seeds 000–003 are item pages: the officer says which committee and date; seed 004 names its own.
      const target = structure.meeting ? {} : { committeeName: 'Scrutiny Board', date: '2021-03-15' };
      const { preview, result } = await importTextInto(core, seedText(file), target);
      const report = preview.structure.kind === 'report';
      const { base64 } = await ok<{ base64: string }>(core, 'exports.build', {
        meetingId: result.meetingId,
        kind: report ? 'report' : 'minutes',
        itemId: report ? result.itemIds[0] : undefined,
        edition: 'public',
      });
      const exported = normalise((await readDocx(Buffer.from(base64, 'base64'))).text);
      const missing = sentencesOf(seedText(file)).filter((sentence) => !exported.includes(sentence));
      expect(missing).toEqual([]);
    });
  }
});

/** A zip written by hand, so a test can make one that lies in its headers. */
function zipWith(entries: { name: string; data: Buffer; method: 0 | 8; claimedSize?: number }[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const size = entry.claimedSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    directory.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

describe('Word documents', () => {
  it('reads minutes Minutebook exported back into the same structure', async () => {
    const core = tempCore();
    const { result } = await importTextInto(
      core,
      readFileSync(path.join(fixturesDir, 'district-planning.txt'), 'utf8'),
    );
    const { base64 } = await ok<{ base64: string }>(core, 'exports.build', {
      meetingId: result.meetingId,
      kind: 'minutes',
      edition: 'public',
    });
    const structure = parseImportText(await docxText(Buffer.from(base64, 'base64')));
    expect(structure.kind).toBe('meeting');
    expect(structure.meeting).toMatchObject({
      committee: 'Planning Committee',
      date: '2022-03-15',
      startTime: '19:00',
    });
    expect(structure.meeting!.present.map((person) => person.name).sort()).toEqual(
      ['A Smith', 'B Jones', 'C Brown', 'D White', 'E Green'].sort(),
    );
    expect(structure.items.map((item) => item.number)).toEqual(['45', '46', '47', '48', '49', '50']);
    const refusal = structure.items[3]!.decisions[0]!;
    // Word numbered the reasons (1), (2); mammoth gives them back as a list.
    expect(refusal.clauses.map((clause) => clause.text)).toEqual([
      expect.stringMatching(/^The proposed development, by reason of its height and massing/),
      expect.stringMatching(/^The proposal would result in the loss of parking spaces/),
    ]);
    expect(refusal).toMatchObject({
      mover: 'B Jones',
      seconder: 'E Green',
      votes: { for: 4, against: 1, abstain: 0 },
    });
    // The public edition holds only the exempt item's title.
    expect(structure.items[5]!.title).toBe('LAND DISPOSAL AT STATION ROAD');
    expect(JSON.stringify(structure)).not.toContain('Bidder B');
  });

  it('turns mammoth’s lists, tables and bold into the markers the text parser reads', () => {
    expect(
      htmlToText(
        '<p><strong>45. APOLOGIES</strong></p><ol><li>To note<ol><li>first</li></ol></li><li>To agree</li></ol>' +
          '<ul><li>One &amp; two</li></ul><table><tr><td>46.</td><td>Minutes</td></tr></table><p>A <strong>bold</strong> word</p>',
      ),
    ).toBe(
      [
        '45. APOLOGIES',
        '1. To note',
        '(a) first',
        '2. To agree',
        '• One & two',
        '46.',
        'Minutes',
        'A **bold** word',
      ].join('\n\n'),
    );
  });

  it('refuses a zip bomb while inflating, whatever its headers claim', () => {
    const zeros = deflateRawSync(Buffer.alloc(30 * 1024 * 1024));
    // Five parts of 30 MB of zeros each, each claiming to be 1 KB: 150 MB in all, 150 KB on disk.
    const bomb = zipWith(
      ['word/document.xml', 'word/a.xml', 'word/b.xml', 'word/c.xml', 'word/d.xml'].map((name) => ({
        name,
        data: zeros,
        method: 8,
        claimedSize: 1024,
      })),
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => readDocxEntries(bomb)).toThrow(
      /expands to more than 12 MB when unzipped, over 100 times its size.*zip bomb, and was not opened/,
    );
  });

  it('refuses a zip with more parts than any Word document has', () => {
    const many = zipWith(
      Array.from({ length: 2500 }, (_, i) => ({
        name: `word/part${i}.xml`,
        data: Buffer.from('x'),
        method: 0 as const,
      })),
    );
    expect(() => readDocxEntries(many)).toThrow(
      'The file holds more than 2000 parts; a Word document has far fewer.',
    );
  });

  it('explains a .doc renamed .docx, a PDF, junk, a truncated file, and a zip that is not a Word document', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(4096),
    ]);
    await expect(importText(ole, 'minutes.docx')).rejects.toThrow(
      /older Word document \(\.doc, or a \.doc renamed \.docx\)/,
    );
    await expect(importText(Buffer.from('%PDF-1.7\n...'), 'minutes.docx')).rejects.toThrow(/This is a PDF/);
    const junk = Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 7919 + 13) % 256));
    await expect(importText(junk, 'minutes.docx')).rejects.toThrow(
      'This is not a Word document (.docx): the file is not in Word’s format.',
    );
    const real = storedZip(
      new Map([
        ['word/document.xml', Buffer.from('<w:document/>')],
        ['[Content_Types].xml', Buffer.from('<Types/>')],
      ]),
    );
    await expect(importText(real.subarray(0, real.length - 30), 'minutes.docx')).rejects.toThrow(/damaged/);
    const notWord = storedZip(new Map([['hello.txt', Buffer.from('hello')]]));
    await expect(importText(notWord, 'archive.docx')).rejects.toThrow(
      'This zip file is not a Word document: it has no document in it.',
    );
    // Junk with a .txt name is read as text and refused as text.
    await expect(importText(junk, 'minutes.txt').then(parseImportText)).rejects.toThrow(
      /does not look like text/,
    );
  });

  it('refuses a file over 20 MB before reading it, and reads Windows-1252 and UTF-16 text', async () => {
    await expect(importText(Buffer.alloc(25 * 1024 * 1024, 0x41), 'huge.txt')).rejects.toThrow(
      /too large to import \(25 MB/,
    );
    expect(
      await importText(Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x20, 0xa3, 0x35, 0x20, 0x92]), 'old.txt'),
    ).toBe('Cost £5 ’');
    expect(
      await importText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Cabinet', 'utf16le')])),
    ).toBe('Cabinet');
  });
});

describe('minutebook import', () => {
  const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000 });

  it('--dry-run --json prints the structure and writes nothing', () => {
    const data = tempDir();
    const { status, stdout } = run([
      'import',
      path.join(fixturesDir, 'county-cabinet.txt'),
      '--dry-run',
      '--json',
      '--data',
      data,
    ]);
    expect(status).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.meeting).toMatchObject({
      committee: 'Cabinet',
      date: '2021-06-09',
      venue: 'County Hall, Llandrindod Wells',
      present: expect.arrayContaining([{ name: 'R Powell', honorific: 'Councillor', role: 'Chair' }]),
      apologies: [{ name: 'P Roberts', honorific: 'Councillor', role: '' }],
    });
    expect(printed.items[1]).toMatchObject({
      number: '13',
      title: 'Council Tax Reduction Scheme',
      purpose: '',
      exempt: false,
      attendees: [],
      actions: [],
      minutesText: 'A recorded vote was taken:',
      decisions: [
        {
          keyword: 'RESOLVED',
          qualifier: '',
          preamble: '',
          clauses: [{ label: '', text: 'that the scheme be adopted.', group: '' }],
          mover: null,
          seconder: null,
          votes: { for: 3, against: 1, abstain: 0 },
        },
      ],
    });
    expect(printed.items[0]).not.toHaveProperty('minutes');
    expect(readdirSync(data)).toEqual([]);
  });

  it('imports and prints the new meeting’s id; says what to give when the text lacks it', () => {
    const data = tempDir();
    const missing = run(['import', path.join(seedsDir, seedFiles[0]!), '--data', data]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Say which committee the meeting belongs to. Use --committee NAME.');
    const imported = run([
      'import',
      path.join(seedsDir, seedFiles[0]!),
      '--data',
      data,
      '--committee',
      'Scrutiny Board',
      '--date',
      '2024-07-10',
    ]);
    expect(imported.status).toBe(0);
    expect(imported.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);
    expect(imported.stderr).toContain(
      'Imported 1 item; 0 people matched in the directory, added: Councillor Fiona Venner',
    );
    const exported = run([
      'export',
      '--meeting',
      imported.stdout.trim(),
      '--kind',
      'minutes',
      '--out',
      path.join(data, 'out.docx'),
      '--data',
      data,
    ]);
    expect(exported.status).toBe(0);
    expect(existsSync(path.join(data, 'out.docx'))).toBe(true);
  });

  it('refuses an empty file, a 50 MB text and a zip bomb with a sentence and exit code 2', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'Minutes. '));
    const huge = run(['import', path.join(dir, 'huge.txt'), '--dry-run']);
    expect(huge.status).toBe(2);
    expect(huge.stderr.trim()).toBe(
      'The file is too large to import (50 MB; at most 20 MB). Split it into one meeting a file.',
    );
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const empty = run(['import', path.join(dir, 'empty.txt'), '--dry-run']);
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim()).toBe('There is no text to import: the file or paste is empty.');
    const zeros = deflateRawSync(Buffer.alloc(60 * 1024 * 1024));
    writeFileSync(
      path.join(dir, 'bomb.docx'),
      zipWith([
        { name: 'word/document.xml', data: zeros, method: 8, claimedSize: 100 },
        { name: 'word/other.xml', data: zeros, method: 8, claimedSize: 100 },
      ]),
    );
    const bomb = run(['import', path.join(dir, 'bomb.docx'), '--dry-run']);
    expect(bomb.status).toBe(2);
    expect(bomb.stderr).toMatch(/zip bomb, and was not opened/);
  });
});
