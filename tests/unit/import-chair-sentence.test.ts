// (The same minutes as import-exclusion-heading.test.ts.)
// Scottish minutes (and others) put the exclusion of the public between two numbered items under a
// heading of its own, unnumbered: "EXCLUSION OF THE PRESS AND PUBLIC" over "The Committee resolved,
// under Section 50A(4) …". It is not the item above's text nor its decision. And "Councillor X in the
// Chair." under the officers names the chair, a member present, not an officer. Invented names.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const minutes = [
  'MINUTE of MEETING of the PLANNING AND REGULATORY COMMITTEE held in the Council Chamber, Town House, Kelso on Wednesday 11 November 2026 at 10.00 am.',
  '',
  'Present:',
  'Councillor Morag Lindsay (Convener)',
  'Councillors Alasdair Baird, Fiona Cruickshank and Gordon McIntosh',
  '',
  'In attendance:',
  'Kirsty Marr (Head of Planning) and Ailsa Grant (Committee Services Officer)',
  '',
  'Councillor Morag Lindsay in the Chair.',
  '',
  '1. MINUTE OF PREVIOUS MEETING',
  '',
  'The minute of the meeting held on 14 October 2026 was approved as a correct record.',
  '',
  '2. TOWN CENTRE CONSERVATION AREA APPRAISAL',
  '',
  'There was submitted a report by the Head of Planning seeking approval of the draft appraisal.',
  '',
  'RESOLVED that the draft appraisal be approved for consultation.',
  '',
  'EXCLUSION OF THE PRESS AND PUBLIC',
  '',
  'The Committee resolved, under Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the press and public from the meeting for the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 9 of Part 1 of Schedule 7A to the Act.',
  '',
  '3. DISPOSAL OF FORMER DEPOT, STATION ROAD',
  '',
  'There was submitted a report by the Head of Property seeking approval to sell the former depot.',
  '',
  'RESOLVED that the offer of £415,000 be accepted.',
].join('\n');

describe('"Councillor X in the Chair."', () => {
  it('names the chair, a member present, never an officer', () => {
    const { meeting } = parseImportText(minutes);
    expect(meeting!.officers.map((person) => person.name)).toEqual(['Kirsty Marr', 'Ailsa Grant']);
    expect(meeting!.present.find((person) => person.name === 'Morag Lindsay')?.role).toBe('Convener');
  });

  it('adds the chair to those present where the list did not name them', () => {
    const { meeting } = parseImportText(
      minutes
        .replace('Councillor Morag Lindsay (Convener)\n', '')
        .replace('Morag Lindsay in the Chair', 'Ruth Stewart in the Chair'),
    );
    expect(meeting!.officers.map((person) => person.name)).toEqual(['Kirsty Marr', 'Ailsa Grant']);
    expect(meeting!.present.find((person) => person.name === 'Ruth Stewart')).toMatchObject({
      honorific: 'Councillor',
      role: 'in the Chair',
    });
  });
});
