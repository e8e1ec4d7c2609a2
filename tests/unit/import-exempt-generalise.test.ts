// Exempt items in wordings the fifth round found missed, each a rule about how councils publish,
// in our own words with invented councils and names: an exclusion said not to be needed ("no items of
// business … to exclude"), a motion to exclude that was lost, a paragraph written as a word
// ("paragraphs one and four"), a note that "the remainder of the minutes is Part B", the items of
// "Part 2 of the agenda" when the resolution comes at the start, items named with their titles
// in brackets ("items 9.1 (…) and 9.2 (…)"), "the press and public left the meeting", a title marked
// "[EXEMPT]", and Northern Ireland's "conduct the following business in committee".
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const heading = (body: string) => [
  `Minutes of the meeting of the ${body} held on 9 June 2026 at 10.00 am`,
  '',
  'Present: Councillor P Quarmby (Chair), Councillors R Sefton and T Ollerenshaw',
  '',
];

/** Each item's number and [exempt, paragraph]. */
function exemptions(body: string, lines: string[]): [string, boolean, number | null][] {
  return parseImportText([...heading(body), ...lines].join('\n')).items.map((item) => [
    item.number,
    item.exempt,
    item.exemptParagraph,
  ]);
}

describe('an exclusion that was not made', () => {
  it('"there were no items of business where the press and public might be excluded" excludes nobody', () => {
    expect(
      exemptions('Licensing Committee', [
        '2. Exclusion of the press and public',
        'There were no items of business on the agenda for which a resolution might be moved to exclude the press and public.',
        '',
        '3. Street trading policy',
        'RESOLVED: That the policy be adopted.',
        '',
        '4. Taxi fares',
        'RESOLVED: That the table of fares be approved.',
      ]),
    ).toEqual([
      ['2', false, null],
      ['3', false, null],
      ['4', false, null],
    ]);
  });

  it('a motion to exclude the public that was lost leaves the next item in public', () => {
    expect(
      exemptions('Council', [
        '9. Exclusion of the press and public',
        'Councillor Sefton moved, seconded by Councillor Ollerenshaw, “That the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Schedule 12A to the Act.”',
        'On being put to the vote the motion was lost, and the press and public remained in the meeting.',
        '',
        '10. Disposal of the old depot',
        'RESOLVED: That the depot be sold to the highest bidder.',
      ]),
    ).toEqual([
      ['9', false, null],
      ['10', false, null],
    ]);
  });
});

describe('the paragraph and the reach of an exclusion', () => {
  it('reads a paragraph written as a word ("paragraphs two and five", "paragraph three")', () => {
    expect(
      exemptions('Appointments Panel', [
        '5. Exclusion of the public',
        'RESOLVED that the public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraphs two and five of Part 1 of Schedule 12A to the Local Government Act 1972.',
        '',
        '6. Appointment of Head of Legal Services',
        'RESOLVED that the panel’s preferred candidate be appointed.',
      ]),
    ).toEqual([
      ['5', false, null],
      ['6', true, 2],
    ]);
  });

  it('a note that "the remainder of the minutes is Part B" makes every later item exempt, under the exclusion’s paragraph', () => {
    expect(
      exemptions('Standards Committee', [
        '30. Exclusion of the press and public',
        'RESOLVED that the press and public be excluded for the following item of business as it involves the likely disclosure of exempt information as defined in paragraph 1 of Part I of Schedule 12A to the Act.',
        '[Note: the remainder of these minutes is Part B and not for publication]',
        '',
        '31. Complaint against a parish councillor',
        'RESOLVED that no further action be taken.',
        '',
        '32. Complaint against a town councillor',
        'RESOLVED that the complaint be referred for investigation.',
      ]),
    ).toEqual([
      ['30', false, null],
      ['31', true, 1],
      ['32', true, 1],
    ]);
  });

  it('an exclusion at the start "for the items in Part 2 of the agenda" covers the items under the Part 2 banner, not those before it', () => {
    expect(
      exemptions('Finance Committee', [
        '1. Procedural business',
        'RESOLVED: That the press and public be excluded from the meeting during consideration of the items in Part 2 of the agenda, as they involve the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.',
        '',
        '2. Minutes',
        'RESOLVED: That the minutes of the last meeting be approved.',
        '',
        '3. Fees and charges',
        'RESOLVED: That the fees for 2026/27 be approved.',
        '',
        'PART 2',
        '',
        '4. Leisure centre contract',
        'RESOLVED: That the contract be extended by one year.',
      ]),
    ).toEqual([
      ['1', false, null],
      ['2', false, null],
      ['3', false, null],
      ['4', true, 3],
    ]);
  });

  it('items named with their titles in brackets ("items 8.1 (…) and 8.2 (…)") are each covered, and no other', () => {
    expect(
      exemptions('Housing Committee', [
        '2. Exclusion of the public',
        'RESOLVED: That the public be excluded from the meeting during consideration of items 8.1 (Purchase of Flats in Mill Lane 2026) and 8.2 (Repairs Contract – Exempt Appendix) on the grounds that they involve exempt information as defined in paragraph 3 of Schedule 12A.',
        '',
        '7. Rent setting',
        'RESOLVED: That rents rise by 2.7 per cent.',
        '',
        '8.1 Purchase of Flats in Mill Lane 2026',
        'RESOLVED: That the purchase be approved.',
        '',
        '8.2 Repairs Contract – Exempt Appendix',
        'RESOLVED: That the contract be awarded.',
        '',
        '9. Date of next meeting',
        'The next meeting will be on 7 July 2026.',
      ]),
    ).toEqual([
      ['2', false, null],
      ['7', false, null],
      ['8.1', true, 3],
      ['8.2', true, 3],
      ['9', false, null],
    ]);
  });
});

describe('other marks of private business', () => {
  it('"The press and public left the meeting" before an item: it and what follows are exempt', () => {
    expect(
      exemptions('Staffing Committee', [
        '4. Pay policy statement',
        'RESOLVED that the statement be recommended to Council.',
        '',
        'At this point the press and public left the meeting.',
        '',
        '5. Appeal against dismissal',
        'RESOLVED that the appeal be dismissed.',
      ]),
    ).toEqual([
      ['4', false, null],
      ['5', true, null],
    ]);
  });

  it('a title marked "[EXEMPT]" in square brackets is exempt', () => {
    expect(
      exemptions('Cabinet', [
        '8. Car parking charges',
        'RESOLVED that the charges be approved.',
        '',
        '9. Purchase of the Old Bank [EXEMPT]',
        'RESOLVED that the purchase be approved.',
      ]),
    ).toEqual([
      ['8', false, null],
      ['9', true, null],
    ]);
  });

  it('"agreed that the Committee conduct the following business in committee", until it comes out of committee', () => {
    expect(
      exemptions('Environmental Services Committee', [
        '6. Matters in committee',
        'Proposed by Alderman Carr, seconded by Councillor Eames and agreed that the Committee proceed to conduct the following business in committee.',
        '',
        '7. Refuse collection contract',
        'AGREED that the contract be extended.',
        '',
        '8. Land at Quay Street',
        'AGREED that the land be sold.',
        'Proposed by Councillor Brook, seconded by Councillor Eames and agreed that the Committee come out of committee.',
        '',
        '9. Any other business',
        'There was none.',
      ]),
    ).toEqual([
      ['6', false, null],
      ['7', true, null],
      ['8', true, null],
      ['9', false, null],
    ]);
  });
});
