// Importing through the router into a real SQLite file: people matched by name, one transaction,
// and the five seeds imported, exported to Word and read back with every sentence present. The
// seeds are tried in two sets (tests/fixtures/seeds.ts): our own seeds-like fixtures, always, and the
// published examples in ../shared/seeds, only where they are beside the checkout. Word documents,
// hostile files and `minutebook import` are in import-files.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import type { Decision } from '../../shared/decisions';
import type { Committee, ItemPerson, MeetingDetail, Person } from '../../shared/domain';
import type { ImportPreview } from '../../shared/importing';
import { attendanceText, type AttendanceDetail } from '../../shared/attendance';
import { publishedSeeds, seedPrefixes, seedsLike, type SeedSet } from '../fixtures/seeds';
import { readDocx } from './docx';
import { importTextInto, nameCouncil, ok, tempCore } from './helpers';

const fixturesDir = path.resolve(__dirname, '../fixtures/import');

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
    // Twelve people, each once: Councillor B Jones is present, mover and on the register once; the
    // objector and the agent who spoke (Ms K Patel, Mr L Hughes) attended as others.
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
        'K Patel',
        'L Hughes',
        'Priya Shah',
      ].sort(),
    );
    expect(result.peopleAdded).toHaveLength(12);
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
      "Item 50 is exempt: choose the paragraph of Schedule 12A it is exempt under, or the Public Bodies (Admission to Meetings) Act 1960 (a parish or town council's confidential business), which has none.",
    );
    expect(await ok<Committee[]>(core, 'committees.list', {})).toEqual([]);
    expect(await ok<Person[]>(core, 'people.list', {})).toEqual([]);
  });
});

/** What the item-page tests need to know of each set's 000, 002 and 003, read from the texts. */
interface ItemPageFacts {
  set: SeedSet;
  /** In 000: an officer already in the directory, by exact name. */
  officer: { name: string; role: string; organisation: string };
  /** In 000: a councillor in the directory, named in the text by initial ("Councillor F Venner"). */
  councillor: { name: string; party: string; inText: string; byInitial: string };
  /** In 000: who is added (neither of those two), and everyone present with the capacity they attended in. */
  added: string[];
  attendees: [string, string][];
  /** The titles of 002 and 003. */
  titles: [string, string];
}

const itemPageFacts: ItemPageFacts[] = [
  {
    set: seedsLike,
    officer: {
      name: 'Deborah Halloran',
      role: 'Director of Community Care',
      organisation: 'Castlegate City Council',
    },
    councillor: {
      name: 'Maria Okonjo',
      party: 'Independent',
      inText: 'Councillor Maria Okonjo',
      byInitial: 'M Okonjo',
    },
    added: ['Councillor Gareth Pryce', 'Dr Imran Chaudhry', 'Niamh Gallagher'],
    attendees: [
      ['Maria Okonjo', 'Executive Member for Public Health and Active Communities'],
      ['Gareth Pryce', 'Executive Member for Adult Care, Housing Support and Leisure'],
      ['Deborah Halloran', 'Director of Community Care'],
      ['Imran Chaudhry', 'Consultant in Public Health'],
      ['Niamh Gallagher', 'Head of Reablement and Therapy Services, Community Care'],
    ],
    titles: [
      'Provision of Day Opportunities for Adults with Learning Disabilities',
      'JOINT PROCUREMENT OF COMMUNITY EQUIPMENT SERVICES',
    ],
  },
  {
    set: publishedSeeds,
    officer: {
      name: 'Caroline Baria',
      role: 'Director of Adults and Health',
      organisation: 'Leeds City Council',
    },
    councillor: {
      name: 'Fiona Venner',
      party: 'Labour',
      inText: 'Councillor Fiona Venner',
      byInitial: 'F Venner',
    },
    added: ['Councillor Salma Arif', 'Victoria Eaton', 'Shona McFarlane', 'Kate Sibson'],
    attendees: [
      ['Fiona Venner', 'Executive Member for Equality, Health and Wellbeing'],
      ['Salma Arif', 'Executive Member for Adult Social Care, Active Lifestyles and Culture'],
      ['Caroline Baria', 'Director of Adults and Health'],
      ['Victoria Eaton', 'Director of Public Health'],
      ['Shona McFarlane', 'Deputy Director Social Work and Social Care Service'],
      ['Kate Sibson', 'Commissioning Programme Manager, Adults and Health'],
    ],
    titles: [
      'Provision of Home Support Services',
      'JOINT COMMISSIONING OF DOMICILIARY CARE SUPPORT SERVICES',
    ],
  },
];

for (const facts of itemPageFacts) {
  const { set } = facts;
  describe.skipIf(!set.present)(set.suite(`importing item pages: ${set.label}`), () => {
    it('matches people to the directory by name and never duplicates them silently', async () => {
      const core = tempCore();
      const officer = await ok<Person>(core, 'people.create', {
        name: facts.officer.name,
        honorific: '',
        role: facts.officer.role,
        organisation: facts.officer.organisation,
        party: '',
        kind: 'officer',
      });
      const councillor = await ok<Person>(core, 'people.create', {
        name: facts.councillor.name,
        honorific: 'Councillor',
        role: '',
        organisation: '',
        party: facts.councillor.party,
        kind: 'member',
      });
      const text = set
        .text('000')
        .replace(facts.councillor.inText, `Councillor ${facts.councillor.byInitial}`);
      const preview = await ok<ImportPreview>(core, 'imports.preview', { text });
      const byName = Object.fromEntries(preview.people.map((person) => [person.name, person]));
      // An exact name is a match; "F Venner" may be Fiona Venner, so the officer is asked.
      expect(byName[facts.officer.name]).toMatchObject({ matchId: officer.id });
      expect(byName[facts.councillor.byInitial]).toMatchObject({
        matchId: null,
        candidates: [expect.objectContaining({ id: councillor.id })],
      });

      // Told that F Venner is Fiona Venner: no new entry for either.
      const { result } = await importTextInto(
        core,
        text,
        { committeeName: 'Scrutiny Board', date: '2024-07-10' },
        { [facts.councillor.byInitial.toLowerCase()]: councillor.id },
      );
      expect(result.peopleAdded).toEqual(facts.added);
      expect(result.peopleMatched).toBe(2);
      const attendees = await ok<ItemPerson[]>(core, 'itemPeople.list', { itemId: result.itemIds[0] });
      expect(attendees.map((entry) => [entry.person.name, entry.capacity])).toEqual(facts.attendees);
      // Importing the same text again matches everyone now in the directory: nobody is added twice.
      const again = await importTextInto(core, set.text('000'), {
        committeeName: 'Scrutiny Board',
        date: '2024-07-11',
      });
      expect(again.result.peopleAdded).toEqual([]);
      expect((await ok<Person[]>(core, 'people.list', {})).length).toBe(facts.attendees.length);
    });

    it('adds a pasted item to an existing meeting', async () => {
      const core = tempCore();
      const first = await importTextInto(core, set.text('002'), {
        committeeName: 'Scrutiny Board',
        date: '2016-11-15',
      });
      const second = await importTextInto(core, set.text('003'), { meetingId: first.result.meetingId });
      expect(second.result.meetingId).toBe(first.result.meetingId);
      const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: first.result.meetingId });
      expect(detail.items.map((item) => item.title)).toEqual(facts.titles);
    });

    it('asks for a committee and a date when an item page gives neither', async () => {
      const core = tempCore();
      const preview = await ok<ImportPreview>(core, 'imports.preview', { text: set.text('001') });
      const noCommittee = await core.router.call('imports.commit', {
        structure: preview.structure,
        target: {},
        people: {},
      });
      expect(!noCommittee.ok && noCommittee.error.message).toBe(
        'Say which committee the meeting belongs to.',
      );
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
}

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

for (const set of [seedsLike, publishedSeeds]) {
  describe.skipIf(!set.present)(
    set.suite(`round trip: ${set.label}, each imported, exported to Word, and read back`),
    () => {
      for (const prefix of seedPrefixes) {
        const name = set.present ? path.basename(set.file(prefix)) : prefix;
        it(`${name}: every sentence of the seed is in the Word document`, async () => {
          const core = tempCore();
          await nameCouncil(core);
          const text = set.text(prefix);
          const structure = parseImportText(text);
          // Seeds 000–003 are item pages: the officer says which committee and date; seed 004 names its own.
          const target = structure.meeting ? {} : { committeeName: 'Scrutiny Board', date: '2021-03-15' };
          const { preview, result } = await importTextInto(core, text, target);
          const report = preview.structure.kind === 'report';
          const { base64 } = await ok<{ base64: string }>(core, 'exports.build', {
            meetingId: result.meetingId,
            kind: report ? 'report' : 'minutes',
            itemId: report ? result.itemIds[0] : undefined,
            edition: 'public',
          });
          const exported = normalise((await readDocx(Buffer.from(base64, 'base64'))).text);
          const missing = sentencesOf(text).filter((sentence) => !exported.includes(sentence));
          expect(missing).toEqual([]);
        });
      }
    },
  );
}
