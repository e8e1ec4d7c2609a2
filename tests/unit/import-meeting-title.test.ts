// The meeting's committee and date from the lines above the minutes, in the ways councils head them
// (electron/import/meetingTitle.ts, dates.ts). The headings are our own, in published shapes.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const body =
  '\n\nPresent: Councillors A Ash (Chair), B Birch\n\n1. Apologies for Absence\nNone.\n\n2. Declarations of Interest\nNone.\n\n3. Work Programme\nNoted.\n';
const meetingOf = (heading: string) => {
  const { meeting } = parseImportText(heading + body);
  return [meeting?.committee, meeting?.date];
};

describe('the committee and date at the head of the minutes', () => {
  it('reads the body from "Minutes of", "Notes of", "Record of" and "the proceedings of"', () => {
    expect(meetingOf('Notes of the Joint Consultative Committee, 3 March 2026')).toEqual([
      'Joint Consultative Committee',
      '2026-03-03',
    ]);
    expect(
      meetingOf('The minutes of the Overview & Scrutiny Committee meeting held on 3rd March 2026'),
    ).toEqual(['Overview & Scrutiny Committee', '2026-03-03']);
    expect(
      meetingOf('Record of the meeting of the Health Scrutiny Panel, held remotely on 3 March 2026'),
    ).toEqual(['Health Scrutiny Panel', '2026-03-03']);
    expect(
      meetingOf('Minutes of the proceedings of the Planning Applications Committee on 3 March 2026'),
    ).toEqual(['Planning Applications Committee', '2026-03-03']);
  });

  it('reads "the 3rd day of March 2026"', () => {
    expect(
      meetingOf(
        'MINUTE OF MEETING OF THE EDUCATION COMMITTEE held in the Council Chambers on the 3rd day of March 2026 at 10.00 am',
      ),
    ).toEqual(['Education Committee', '2026-03-03']);
  });

  it('reads dates written with dashes', () => {
    expect(meetingOf('Cabinet\nDate: 03-03-2026')).toEqual(['Cabinet', '2026-03-03']);
    expect(meetingOf('Minutes of the Cabinet held on 2026-03-03')).toEqual(['Cabinet', '2026-03-03']);
  });

  it('reads the start from a 24-hour time beside the date ("21 Feb 2026 - 18:00 to 21:00")', () => {
    const { meeting } = parseImportText(`Licensing Committee\n21 Feb 2026 - 18:00 to 21:00${body}`);
    expect([meeting?.committee, meeting?.date, meeting?.startTime]).toEqual([
      'Licensing Committee',
      '2026-02-21',
      '18:00',
    ]);
  });

  it('takes no body or date from a sentence of the minutes or of the web page', () => {
    expect(
      meetingOf(
        'Harbour Council - Thursday, 27 November 2025 10:30 am\nThe Provost welcomed Councillor Reid to his first meeting of the Council following the by-election on 30 October 2025.',
      ),
    ).toEqual(['Harbour Council', '2025-11-27']);
    expect(
      meetingOf(
        'Licensing Committee - Thursday, 5th June, 2025 6.00 pm\nOnly some meetings are broadcast: those of the Council, the Cabinet and the Overview and Scrutiny Committee will be shown live.',
      ),
    ).toEqual(['Licensing Committee', '2025-06-05']);
  });

  it('reads an authority as a body, and a committee "of" its council as the committee', () => {
    expect(
      meetingOf(
        'At a meeting of the Riverside Combined Authority held in the Authority Chamber on Friday, 17th October, 2025 the following Members were',
      ),
    ).toEqual(['Riverside Combined Authority', '2025-10-17']);
    expect(
      meetingOf(
        'Minutes of Meeting of the Planning Committee of Loughview District Council held on Tuesday 4 November 2025',
      ),
    ).toEqual(['Planning Committee', '2025-11-04']);
  });

  it('keeps a name with a comma in it, and a name complete in capitals apart from the Welsh line under it', () => {
    expect(
      meetingOf(
        'MINUTES OF A MEETING OF THE PLANNING, LICENSING AND RIGHTS OF WAY\nCOMMITTEE HELD AT COUNTY HALL ON THURSDAY, 20 NOVEMBER 2025',
      ),
    ).toEqual(['Planning, Licensing and Rights of Way Committee', '2025-11-20']);
    expect(
      meetingOf(
        'AFONDALE REGIONAL WASTE JOINT COMMITTEE\nCYD-BWYLLGOR GWASTRAFF RHANBARTHOL AFONDALE\nMINUTES OF THE MEETING HELD ON FRIDAY, 25 SEPTEMBER 2026 AT 10.30 A.M.',
      ),
    ).toEqual(['Afondale Regional Waste Joint Committee', '2026-09-25']);
  });

  it('reads the title block above the lists, not a date among the papers after them', () => {
    const heading = [
      'HEALTH SCRUTINY COMMITTEE',
      'Wednesday, 10 December 2025, County Hall - 10.00 am',
      'Also attended: Ms A Lee, Director of Strategy, Riverside Integrated',
      'Care Board',
      'Available papers The members had before them:',
      'B. The Minutes of the meeting held on 15 October 2025',
    ].join('\n');
    expect(meetingOf(heading)).toEqual(['Health Scrutiny Committee', '2025-12-10']);
  });

  it('after a covering letter, takes the minutes’ own title block, not the next meeting the letter names', () => {
    const heading = [
      'Please ask for: A Clerk',
      'Date: 8 April 2026',
      '',
      'Dear Councillor',
      '',
      'LICENSING COMMITTEE - WEDNESDAY, 15TH APRIL, 2026',
      '',
      'I enclose the minutes of the previous meeting for the meeting on Wednesday, 15th April, 2026.',
      '',
      'Democratic Services Officer',
      '',
      'LICENSING COMMITTEE',
      'Wednesday, 18 March 2026',
    ].join('\n');
    expect(meetingOf(heading)).toEqual(['Licensing Committee', '2026-03-18']);
  });
});

describe('the meeting named only in the running footer', () => {
  it('reads the committee and date from a footer repeated beside the page numbers', () => {
    const text = [
      '1. Apologies for Absence',
      'None.',
      '',
      '2. Declarations of Interest',
      'None.',
      '',
      'Cabinet 3 March 2026                                                  Page 1',
      '3. Budget Monitoring',
      'RESOLVED that the report be noted.',
      '',
      '4. Housing Strategy',
      'RESOLVED that the strategy be adopted.',
      '',
      'Cabinet 3 March 2026                                                  Page 2',
    ].join('\n');
    const structure = parseImportText(text);
    expect([structure.meeting?.committee, structure.meeting?.date]).toEqual(['Cabinet', '2026-03-03']);
    expect(structure.items.map((item) => item.title)).toEqual([
      'Apologies for Absence',
      'Declarations of Interest',
      'Budget Monitoring',
      'Housing Strategy',
    ]);
  });
});

describe('a notice of one item’s determination', () => {
  it('reads one item under its meeting’s heading, its title wrapped onto a line that starts with a number', () => {
    const text = [
      'ASHFORD BOROUGH COUNCIL',
      '',
      'LICENSING ACT 2003 – LICENSING SUB-COMMITTEE',
      '',
      'Date of hearing:        Tuesday 17 November 2026, 10.00 am',
      '',
      'Sub-Committee:          Councillor Dee Fern (Chair)',
      '                        Councillor Raj Sen',
      '',
      'Officers in             Chris Amble – Licensing Officer',
      'attendance:             Nadia Orr – Legal Adviser to the Sub-Committee',
      '',
      'Item 4',
      '',
      'APPLICATION FOR A NEW PREMISES LICENCE – THE OLD FORGE,',
      '12 MILL YARD, ASHFORD',
      '',
      '1.  The Sub-Committee considered an application for a new premises licence.',
      '',
      '2.  The Sub-Committee withdrew with the Legal Adviser and the Democratic',
      '    Services Officer to deliberate, and returned to announce its decision.',
      '',
      'RESOLVED that the licence be granted.',
      '',
      'REASONS',
      '',
      '3.  The Sub-Committee was satisfied that the conditions would uphold the licensing objectives.',
      '',
      'RIGHT OF APPEAL',
      '',
      '4.  Any party may appeal to the magistrates’ court within 21 days.',
    ].join('\n');
    const structure = parseImportText(text);
    expect(structure.kind).toBe('item');
    expect([structure.meeting?.committee, structure.meeting?.date]).toEqual([
      'Licensing Sub-Committee',
      '2026-11-17',
    ]);
    expect(structure.items.map((item) => [item.number, item.title])).toEqual([
      ['4', 'APPLICATION FOR A NEW PREMISES LICENCE – THE OLD FORGE, 12 MILL YARD, ASHFORD'],
    ]);
  });
});

describe('an item’s page', () => {
  it('reads a number alone over the title as the item’s number', () => {
    const { items } = parseImportText(
      'Agenda item\n\n34.\n\nTreasury Management Mid-Year Review 2025/26\n\nMinutes:\nThe Head of Finance presented the report.\n\nRESOLVED that the review be noted.\n',
    );
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['34', 'Treasury Management Mid-Year Review 2025/26'],
    ]);
  });

  it('gives "(Item 34.)" without its full stop, with the meeting the line names', () => {
    const structure = parseImportText(
      'Agenda item\n\nTreasury Management Mid-Year Review 2025/26\n\nMeeting of Audit and Governance Committee, Tuesday, 25th November, 2025 10.00 am (Item 34.)\n\nMinutes:\nThe Head of Finance presented the report.\n\nRESOLVED that the review be noted.\n',
    );
    expect(structure.items.map((item) => item.number)).toEqual(['34']);
    expect([structure.meeting?.committee, structure.meeting?.date]).toEqual([
      'Audit and Governance Committee',
      '2025-11-25',
    ]);
  });
});
