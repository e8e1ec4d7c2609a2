// A council's private business as Northern Irish and English minutes set it out — unnumbered
// "EXCLUSION OF PUBLIC/PRESS" and "RE-ADMITTANCE OF PUBLIC/PRESS" minutes between numbered ones, an
// item marked "***IN CONFIDENCE***" under its heading — and recorded votes whose sides head columns
// ("FOR (9)  AGAINST (4)") or name the proposal ("For refusal:"). Invented council and members.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const minutes = [
  'DRUMCARRAN BOROUGH COUNCIL',
  '',
  'Minutes of the Meeting of the Council held on 3 March 2026 at 7.00 pm',
  '',
  'In the Chair: The Mayor (Councillor Quinlan)',
  '',
  'Members present: Aldermen Corr and Lavery; Councillors Agnew, Breen, Devlin, Ferran, Hagan and Keogh',
  '',
  '1.    APOLOGIES',
  '',
  'Apologies were received from Councillor Mulgrew.',
  '',
  '2.    NOTICE OF MOTION – TOWN CENTRE BENCHES',
  '',
  'A recorded vote was requested and the results were as follows:',
  '',
  'FOR (5)              AGAINST (3)             ABSTAINED (1)',
  'Aldermen             Alderman                Councillor',
  'Corr                 Lavery                  Keogh',
  'Councillors          Councillors',
  'Agnew                Devlin',
  'Breen                Ferran',
  'Hagan',
  '',
  'RESOLVED, on the proposal of Councillor Agnew, seconded by Councillor Breen, that the motion be adopted.',
  '',
  'EXCLUSION OF PUBLIC/PRESS',
  '',
  'AGREED, on the proposal of Alderman Corr, seconded by Councillor Hagan, that the public/press be excluded during the discussion of the undernoted item of confidential business.',
  '',
  '3.    DISPOSAL OF LAND AT MILLRACE LANE',
  '      ***IN CONFIDENCE***',
  '',
  'RESOLVED, on the proposal of Councillor Devlin, seconded by Councillor Ferran, that the land be sold to the highest bidder.',
  '',
  'RE-ADMITTANCE OF PUBLIC/PRESS',
  '',
  'AGREED, on the proposal of Councillor Keogh, seconded by Alderman Lavery, that the public/press be re-admitted to the meeting.',
  '',
  '4.    SEALING OF DOCUMENTS',
  '',
  'RESOLVED, on the proposal of Councillor Breen, seconded by Councillor Agnew, that the seal be affixed to the documents listed.',
].join('\n');

describe('private business between numbered minutes', () => {
  const items = parseImportText(minutes).items;

  it('makes the exclusion and the re-admittance minutes of their own, with their decisions', () => {
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'NOTICE OF MOTION – TOWN CENTRE BENCHES'],
      ['', 'EXCLUSION OF PUBLIC/PRESS'],
      ['3', 'DISPOSAL OF LAND AT MILLRACE LANE'],
      ['', 'RE-ADMITTANCE OF PUBLIC/PRESS'],
      ['4', 'SEALING OF DOCUMENTS'],
    ]);
    const readmittance = items[4]!;
    expect(readmittance.decisions.map((decision) => decision.keyword)).toEqual(['AGREED']);
    expect(readmittance.decisions[0]!.mover).toBe('Keogh');
    expect(items[2]!.decisions).toHaveLength(1);
  });

  it('takes only the business between them as private', () => {
    expect(items.map((item) => item.exempt)).toEqual([false, false, false, true, false, false]);
  });

  it('reads a recorded vote whose sides head its columns, with the count beside each', () => {
    expect(items[1]!.decisions[0]!.votes).toEqual({ for: 5, against: 3, abstain: 1 });
  });
});

describe('a recorded vote on a proposal named by its side', () => {
  it('reads "For refusal:" and "Against:" as the two sides of the one proposal', () => {
    const text = [
      'Minutes of the Planning Committee of Caerwen County Council held on 12 February 2026',
      '',
      'Present: County Councillor E Pryce (Chair), County Councillors G Howells, I Lloyd, M Rhys and T Watkin',
      '',
      '1. APOLOGIES',
      '',
      'None.',
      '',
      '2. APPLICATION 26/0131/PA – FOUR DWELLINGS, LAND AT MAES Y FELIN',
      '',
      'It was proposed by County Councillor Howells and seconded by County Councillor Lloyd that the application be refused. A recorded vote was taken:',
      '',
      'For refusal: County Councillors Howells, Lloyd and Rhys (3)',
      '',
      'Against: County Councillor Watkin (1)',
      '',
      'RESOLVED that the application be refused on highway safety grounds.',
    ].join('\n');
    const [, item] = parseImportText(text).items;
    const [decision] = item!.decisions;
    expect(decision!.votes).toEqual({ for: 3, against: 1, abstain: 0 });
    expect(decision!.mover).toBe('Howells');
  });
});
