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

describe('an unnumbered exclusion heading between two items', () => {
  const parsed = parseImportText(minutes);

  it('is a minute of its own, not the text or a decision of the item above it', () => {
    const appraisal = parsed.items.find((item) => item.number === '2')!;
    expect(appraisal.minutesText).not.toMatch(/EXCLUSION/);
    expect(appraisal.decisions).toHaveLength(1);
    expect(appraisal.decisions[0]!.preamble + appraisal.decisions[0]!.clauses[0]!.text).not.toMatch(
      /exclude/,
    );
    expect(appraisal.exempt).toBe(false);
    expect(parsed.items.map((item) => [item.number, item.title, item.exempt])).toEqual([
      ['1', 'MINUTE OF PREVIOUS MEETING', false],
      ['2', 'TOWN CENTRE CONSERVATION AREA APPRAISAL', false],
      ['', 'EXCLUSION OF THE PRESS AND PUBLIC', false],
      ['3', 'DISPOSAL OF FORMER DEPOT, STATION ROAD', true],
    ]);
  });

  it('still makes the following item exempt under Schedule 7A, paragraph 9', () => {
    const depot = parsed.items.find((item) => item.number === '3')!;
    expect(depot.exemptBasis).toBe('schedule 7A');
    expect(depot.exemption).toEqual({ basis: 'schedule 7A', paragraph: 9 });
  });

  it('stays the text of an item whose exclusion did not happen', () => {
    const kept = parseImportText(
      minutes.replace(
        /The Committee resolved, under Section 50A\(4\)[^\n]*/,
        'It was not necessary to exclude the press and public as the report contained no exempt information.',
      ),
    );
    expect(kept.items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });
});
