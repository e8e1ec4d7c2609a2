// Who moved what was decided, the votes that were its own, and exclusions worded as councils word
// them: shapes from parish, county, Scottish, Welsh and Northern Irish minutes, in our own words.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import type { ImportItem } from '../../shared/importing';

function meeting(items: [string, string[]][]): ImportItem[] {
  const text = [
    'Minutes of the meeting of the Fenwold District Council Environment Committee held on 9 March 2026 at 6.30 pm',
    '',
    'Present: Councillor H Arbuthnot (Chair), Councillors J Blakey, K Carver, L Dacre, M Eason and N Fothergill',
    '',
    ...items.flatMap(([title, lines], index) => [`${index + 1}. ${title}`, ...lines, '']),
  ].join('\n');
  return parseImportText(text).items;
}

describe('the mover of what was decided', () => {
  it('reads the clerk’s short forms, an office before the name, a surname alone and a motion’s heading', () => {
    const items = meeting([
      [
        'Grass cutting',
        [
          'Resolved: to renew the contract for a year.',
          'Prop: Cllr Blakey     Sec: Cllr Carver     All in favour',
        ],
      ],
      [
        'Play area',
        [
          'a) Equipment: Resolved: to buy a new swing.',
          'Prop: Cllr Dacre   Sec: Cllr Eason   5 for, 1 against',
        ],
      ],
      [
        'Budget',
        [
          'The Leader of the Council, Councillor Fothergill, moved and the Deputy Leader, Councillor Eason, seconded the recommendations.',
          'RESOLVED that the budget be approved.',
        ],
      ],
      [
        'Barn conversion',
        ['Dacre proposed refusal, seconded by Cllr Blakey.', 'RESOLVED that permission be refused.'],
      ],
      [
        'Street trading',
        ['Motion (Councillor K Carver):', 'To grant the licence.', 'RESOLVED that the licence be granted.'],
      ],
      [
        'Hedges',
        [
          'Thereafter, Councillor Eason, seconded by Councillor Dacre, moved that the report be noted.',
          'RESOLVED that the report be noted.',
        ],
      ],
      [
        'Footpaths',
        [
          'RESOLVED that the path be adopted.',
          '[Proposed by Councillor Blakey; Seconded by Councillor Dacre]',
        ],
      ],
    ]);
    expect(items.map((item) => [item.decisions[0]?.mover, item.decisions[0]?.seconder])).toEqual([
      ['Blakey', 'Carver'],
      ['Dacre', 'Eason'],
      ['Fothergill', 'Eason'],
      ['Dacre', 'Blakey'],
      ['K Carver', null],
      ['Eason', 'Dacre'],
      ['Blakey', 'Dacre'],
    ]);
    expect(items[1]!.decisions[0]!.votes).toEqual({ for: 5, against: 1, abstain: 0 });
  });

  it('passes over a motion that was lost and takes an amendment that was carried', () => {
    const items = meeting([
      [
        'Land at Mill Lane',
        [
          'Councillor Blakey moved that the application be refused. This was seconded by Councillor Carver. On being put to the vote the motion was lost.',
          'Councillor Dacre then moved the officer recommendation, which was seconded by Councillor Eason.',
          'RESOLVED that permission be granted.',
        ],
      ],
      [
        'Care services',
        [
          'Councillor Blakey, seconded by Councillor Carver, moved that the report be continued. Councillor Fothergill, seconded by Councillor Dacre, moved as an amendment that the recommendations be approved. On a vote, 2 members voted for the motion and 4 for the amendment, which was accordingly carried.',
          'DECISION',
          'The Committee agreed to approve the recommendations.',
        ],
      ],
    ]);
    expect(items.map((item) => [item.decisions[0]?.mover, item.decisions[0]?.seconder])).toEqual([
      ['Dacre', 'Eason'],
      ['Fothergill', 'Dacre'],
    ]);
  });
});

describe('votes that are the decision’s own', () => {
  it('takes a side heading with its count, and not the vote on an amendment', () => {
    const items = meeting([
      [
        'Sports trust',
        [
          'A recorded vote was taken:',
          'For (31 Councillors)',
          'Councillors Arbuthnot, Blakey and others as listed in the appendix.',
          'Against (12 Councillors)',
          'Councillors Carver, Dacre and others as listed in the appendix.',
          'Abstain (2 Councillors)',
          'Councillors Eason and Fothergill.',
          'Resolved that the articles be amended.',
        ],
      ],
      [
        'Leisure pricing',
        [
          'On the amendment being put, with 4 voting For, 8 voting Against and 1 Abstaining, the amendment fell.',
          'The substantive proposal was then put and there voted For: 8, Against: 4, Abstain: 1.',
          'AGREED that the prices be approved.',
        ],
      ],
      [
        'Notice of motion',
        [
          'On a recorded vote, forty-one Members voted for the motion and twenty-two against and it was declared carried.',
          'RESOLVED that the motion be adopted.',
        ],
      ],
      [
        'Precept',
        [
          'O blaid / For: 6   Yn erbyn / Against: 2   Ymatal / Abstained: 0',
          'RESOLVED that the precept be set.',
        ],
      ],
    ]);
    expect(items.map((item) => item.decisions[0]?.votes)).toEqual([
      { for: 31, against: 12, abstain: 2 },
      { for: 8, against: 4, abstain: 1 },
      { for: 41, against: 22, abstain: 0 },
      { for: 6, against: 2, abstain: 0 },
    ]);
  });
});

describe('lists and exclusions in other words', () => {
  it('splits a labelled list joined into one paragraph, and reads a first label on the formula’s line', () => {
    const items = meeting([
      [
        'Innovation quarter',
        [
          'RESOLVED – That the Authority:',
          'A. approves the funding; and B. delegates the grant agreement to the Director.',
        ],
      ],
      [
        'Enforcement',
        ['AGREED – (i) That officers prosecute;', 'and', '(ii) That a further update come in January.'],
      ],
      [
        'Rear extension',
        [
          'RESOLVED: (a) That permission be granted, subject to these conditions:',
          '(i) a start within three years;',
          '(ii) the approved plans;',
          '(b) That the Head of Planning settle the conditions.',
        ],
      ],
    ]);
    expect(items.map((item) => item.decisions[0]?.clauses.length)).toEqual([2, 2, 2]);
  });

  it('reads "go into Committee", "taken as confidential business" and a paragraph in the title', () => {
    const ni = meeting([
      ['Brown bins', ['AGREED – that collections be monthly.']],
      [
        'Exclusion of public and press',
        [
          'It was proposed by Councillor Blakey, seconded by Councillor Carver and AGREED that the Committee go into Committee to consider the following items.',
        ],
      ],
      ['Depot land', ['AGREED – that the land be sold.']],
      [
        'Dog control contract',
        ['AGREED – that the contract be awarded.', 'Members returned to open session.'],
      ],
      ['Litter bins', ['AGREED – that more bins be bought.']],
    ]);
    expect(ni.map((item) => item.exempt)).toEqual([false, false, true, true, false]);
    const coded = meeting([
      ['Confidential business', ['AGREED – That items 3 and 4 be taken as confidential business.']],
      ['Tree works', ['AGREED – That the works go ahead.']],
      ['Enforcement case (Confidential)', ['AGREED – That officers prosecute.']],
      ['Staffing restructure (Paragraph 14)', ['AGREED – That the restructure be approved.']],
    ]);
    expect(coded.map((item) => [item.exempt, item.exemptParagraph])).toEqual([
      [false, null],
      [false, null],
      [true, null],
      [true, 14],
    ]);
  });
});
