// The exclusion of the public said as a numbered minute of its own, with no heading: "REG31/26 The
// following item was considered in private. Exempt information – paragraph 1 …", "4 The following
// item was considered in private under paragraph 6 of Part 1 of Schedule 7A …", "3. The Sub-Committee
// resolved to exclude the press and public …". The exclusion is public business; the item(s) it
// introduces are the exempt ones, so their text (a driver's name, an allegation) stays out of the
// public minutes, the public search and the public decisions register. Where the minute's number has
// no full stop it is still a minute of its own, not the item above's text. And a person named only in
// an exempt item's text never joins the meeting's attendance, which the public minutes print.
// Invented councils, names and text.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { search } from '../../electron/store/search';
import type { DecisionRegister } from '../../shared/decisionRegister';
import { exported } from './exported';
import { importTextInto, ok, SLOW, tempCore } from './helpers';

const english = `BRACKENFORD BOROUGH COUNCIL
REGULATORY AND LICENSING COMMITTEE

Minutes of the meeting held on Thursday 12 March 2026 at 2.00 pm in the Council Chamber, Brackenford Town Hall.

Present: Councillors Helen Ashworth (Chair), Peter Quayle, Amina Rahman and Stuart Wedderburn.

Apologies: Councillor Louise Trent.

In attendance: Gemma Parfitt, Democratic Services Officer; Owen Blackley, Licensing Team Leader.

REG29/26 DECLARATIONS OF INTEREST
No declarations were made.

REG30/26 SEX ESTABLISHMENT POLICY
The Committee resolved:-
(i) to approve the revised policy for consultation; and
(ii) to note the timetable for its adoption.
Proposed by Councillor Quayle, seconded by Councillor Rahman. Carried unanimously.

REG31/26 The following item was considered in private. Exempt information – Paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to an individual).

REG32/26 REVIEW OF PRIVATE HIRE DRIVER LICENCE – DRIVER 2093
The Committee considered a report about the conduct of driver Mr Derek Ashdown, including an allegation that he refused to carry an assistance dog on 9 January 2026.
RESOLVED that Mr Ashdown's licence be revoked with immediate effect.
`;

const scottish = `Kilmardie Council
Communities and Housing Committee

Minute of Meeting held in the Council Chamber, Kilmardie on Tuesday 17 February 2026 at 10.00 am

PRESENT
Councillor Iain Drummond (Convener)
Councillor Morven Ross (Vice-Convener)
Councillor Callum Baird
Councillor Fiona Lennox

APOLOGIES
Councillor Rhona Cairns

ALSO IN ATTENDANCE
K Dalgleish, Head of Housing; P Shand, Committee Officer

1 DECLARATIONS OF INTEREST
There were no declarations of interest.

2 LOCAL HOUSING STRATEGY
The Committee considered a report by the Head of Housing on the draft local housing strategy.
Decision
The Committee:-
(a) approved the draft strategy for consultation; and
(b) noted that a final version would be submitted in June 2026.

3 TENANT PARTICIPATION
The Committee noted the annual tenant participation report.

4 The following item was considered in private under paragraph 1 of Part 1 of Schedule 7A to the Local Government (Scotland) Act 1973.

5 STAFFING MATTER – HOUSING MANAGER, EASTER BALGAIR
The Committee heard from the Head of Housing regarding the grievance raised against the housing manager, Mrs Elspeth Gourlay, following a complaint by a tenant.
Decision
The Committee agreed that Mrs Gourlay be moved to other duties pending a hearing.
`;

const subCommittee = `KILMARDIE COUNCIL
CIVIC LICENSING SUB-COMMITTEE

Minute of meeting held on Monday 9 March 2026 at 11.00 am in Committee Room 3, Kilmardie.

Present: Councillors Fiona Lennox (Chair), Callum Baird and Morven Ross.

1. Declarations of Interest
There were no declarations of interest.

2. Street Trader Fees
The Sub-Committee AGREED to:
1. increase the annual street trader fee to £180; and
2. review the fee again in March 2027.

3. The Sub-Committee resolved to exclude the press and public for the following item in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 as it involved the likely disclosure of exempt information of the class described in paragraph 3 of Part 1 of Schedule 7A to the Act.

4. Taxi Driver Licence – Applicant 2026/11
The Sub-Committee considered a report from Police Scotland about the applicant Mr Gordon Veitch and a previous conviction.
The Sub-Committee AGREED to refuse the application.
`;

const summary = (text: string) =>
  parseImportText(text).items.map((item) => [item.number, item.title, item.exempt]);

describe('an exclusion said as a numbered minute of its own', () => {
  it('is public business; the item it introduces is exempt under its paragraph', () => {
    const { items } = parseImportText(english);
    expect(summary(english)).toEqual([
      ['REG29/26', 'DECLARATIONS OF INTEREST', false],
      ['REG30/26', 'SEX ESTABLISHMENT POLICY', false],
      ['REG31/26', 'Exclusion of the public', false],
      ['REG32/26', 'REVIEW OF PRIVATE HIRE DRIVER LICENCE – DRIVER 2093', true],
    ]);
    // The council's sentence is the exclusion minute's text, as printed.
    expect(items[2]!.minutesText).toMatch(/^The following item was considered in private\. Exempt information/);
    expect(items[3]!.exemptParagraph).toBe(1);
    expect(items[3]!.exemptBasis).toBe('schedule 12A');
  });

  it('is its own minute where its number has no full stop, not the text of the item above (Scotland)', () => {
    const { items } = parseImportText(scottish);
    expect(summary(scottish)).toEqual([
      ['1', 'DECLARATIONS OF INTEREST', false],
      ['2', 'LOCAL HOUSING STRATEGY', false],
      ['3', 'TENANT PARTICIPATION', false],
      ['4', 'Exclusion of the public', false],
      ['5', 'STAFFING MATTER – HOUSING MANAGER, EASTER BALGAIR', true],
    ]);
    expect(items[2]!.minutesText).toBe('The Committee noted the annual tenant participation report.');
    expect(items[4]!.exemption).toEqual({ basis: 'schedule 7A', paragraph: 1 });
  });

  it('is its own minute after a decision numbered "1.", "2.", not its clause "3."', () => {
    const { items } = parseImportText(subCommittee);
    expect(summary(subCommittee)).toEqual([
      ['1', 'Declarations of Interest', false],
      ['2', 'Street Trader Fees', false],
      ['3', 'Exclusion of the public', false],
      ['4', 'Taxi Driver Licence – Applicant 2026/11', true],
    ]);
    expect(items[1]!.decisions.flatMap((decision) => decision.clauses.map((clause) => clause.label))).toEqual([
      '1.',
      '2.',
    ]);
    expect(JSON.stringify(items[1])).not.toMatch(/exclude/);
    expect(items[3]!.exemption).toEqual({ basis: 'schedule 7A', paragraph: 3 });
  });

  it('covers the items it says, in the usual wordings, until the public are readmitted', () => {
    const wordings: [string, number][] = [
      ['The following item was taken in private.', 1],
      ['The following two items were considered in closed session.', 2],
      ['The remaining items were dealt with in the absence of the press and public.', 2],
      ['The press and public were excluded from the meeting for the following items under paragraph 3 of Part 1 of Schedule 12A.', 2],
      ["The Committee resolved to take the following items 'in committee'.", 2],
      ['The press and public were asked to leave the meeting for the following item.', 1],
    ];
    for (const [wording, covered] of wordings) {
      const text = english
        .replace(/^REG31\/26 .*$/m, `REG31/26 ${wording}`)
        .replace(
          /\n$/,
          `\nREG33/26 REVIEW OF HACKNEY CARRIAGE LICENCE – VEHICLE 118\nThe Committee considered the vehicle's test failures.\nRESOLVED that the licence be suspended.\n\nThe public were readmitted.\n\nREG34/26 DATE OF NEXT MEETING\nThe next meeting will be held on 9 April 2026.\n`,
        );
      expect(summary(text).map((row) => row[2]), wording).toEqual([
        false,
        false,
        false,
        true,
        covered === 2,
        false,
      ]);
      expect(parseImportText(text).items[2]!.title, wording).toBe('Exclusion of the public');
    }
  });
});

describe('a person named only in an exempt item', () => {
  it('is not put in the meeting’s attendance', () => {
    const { meeting, items } = parseImportText(scottish);
    const everyone = [
      ...meeting!.present,
      ...meeting!.apologies,
      ...meeting!.officers,
      ...meeting!.others,
      ...meeting!.substitutes,
    ].map((person) => person.name);
    expect(everyone.join('; ')).not.toMatch(/Gourlay/);
    expect(meeting!.others.map((person) => person.name)).toEqual(['K Dalgleish', 'P Shand']);
    // The exempt item keeps its text, for the confidential edition.
    expect(items[4]!.minutesText).toContain('Mrs Elspeth Gourlay');
  });
});

async function minutesText(core: ReturnType<typeof tempCore>, meetingId: string, edition: string) {
  const { doc } = await exported(core, { meetingId, kind: 'minutes', edition });
  return doc.text.replace(/\n+/g, '\n');
}

describe('imported minutes with an exclusion minute', SLOW, () => {
  it('keep the exempt item out of the public minutes, search and decisions register', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, english);
    const open = await minutesText(core, result.meetingId, 'public');
    expect(open).toContain('The following item was considered in private.');
    // The council's words, not followed by a generated resolution as well.
    expect(open.match(/following item was considered in private|excluded/g)).toEqual([
      'following item was considered in private',
    ]);
    expect(open).not.toMatch(/Ashdown|assistance dog|revoked/);
    const found = search(core.db, '"Ashdown"', { publicOnly: true, limit: 100 });
    expect(found.ok && found.hits).toEqual([]);
    const register = await ok<DecisionRegister>(core, 'decisionRegister.list', { edition: 'public' });
    expect(JSON.stringify(register.entries)).not.toMatch(/Ashdown|revoked/);
    // The confidential edition gives the item, and the exclusion once: the council's words, no generated resolution.
    const confidential = await minutesText(core, result.meetingId, 'confidential');
    expect(confidential).toContain('revoked with immediate effect');
    expect(confidential.match(/considered in private|excluded/g)).toEqual(['considered in private']);
  });

  it('print no one named only in the exempt item among those in attendance (Scotland)', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, scottish);
    const open = await minutesText(core, result.meetingId, 'public');
    expect(open).toMatch(/Dalgleish/);
    expect(open).not.toMatch(/Gourlay/);
    const confidential = await minutesText(core, result.meetingId, 'confidential');
    const attendance = confidential.slice(0, confidential.indexOf('\nMinutes\n'));
    expect(attendance).toMatch(/Dalgleish/);
    expect(attendance).not.toMatch(/Gourlay/);
  });
});
