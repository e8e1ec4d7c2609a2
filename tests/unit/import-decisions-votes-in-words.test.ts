// How councils write who moved a decision and how the vote went, in words and in recorded votes:
// "by 9 votes, to 4 votes", "on the motion of Councillors A and B", "There voted for …" with the
// names and a count at the margin, a side's heading over its names, and two formulas in one
// sentence. Our own invented councils and councillors.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import type { ImportItem } from '../../shared/importing';

function meeting(items: [string, string[]][]): ImportItem[] {
  const text = [
    'Minutes of the meeting of Hollinsworth Borough Council held on 21 January 2026 at 7.00 pm',
    '',
    'Present: The Mayor (Councillor G Pennock), Councillors A Birtwhistle, C Drabble, E Fairclough, H Gaskell, J Huxtable and K Ingham',
    '',
    ...[
      ['Apologies for absence', ['Apologies were received from Councillor L Jowett.']] as [string, string[]],
      ...items,
    ].flatMap(([title, lines], index) => [
      `${index + 1}. ${title}`,
      '',
      ...lines.flatMap((line) => [line, '']),
      '',
    ]),
  ].join('\n');
  return parseImportText(text).items.slice(1);
}

describe('votes in words', () => {
  it('reads "by 9 votes, to 4 votes, with 2 abstentions", the second figure repeating "votes"', () => {
    const [item] = meeting([
      [
        'Minutes',
        [
          'Following a vote, the minutes were declared a correct record by 9 votes, to 4 votes, with 2 abstentions.',
          'RESOLVED – That the minutes of the meeting held on 10 December 2025 be signed as a correct record.',
        ],
      ],
    ]);
    expect(item!.decisions[0]!.votes).toEqual({ for: 9, against: 4, abstain: 2 });
  });
});

describe('the mover and seconder as a pair', () => {
  it('takes "on the motion of Councillors A and B" as the mover, then the seconder', () => {
    const [item] = meeting([
      [
        'Leave of absence',
        ['RESOLVED on the motion of Councillors Drabble and Gaskell that leave of absence be granted.'],
      ],
    ]);
    const [decision] = item!.decisions;
    expect(decision!.mover).toBe('Drabble');
    expect(decision!.seconder).toBe('Gaskell');
  });

  it('takes "moved by Cllrs A and B" the same way, in the narrative before the formula', () => {
    const [item] = meeting([
      [
        'Tree preservation order',
        [
          'The order was moved by Cllrs Huxtable and Ingham.',
          'RESOLVED that the order be confirmed without change.',
        ],
      ],
    ]);
    expect(item!.decisions[0]!.mover).toBe('Huxtable');
    expect(item!.decisions[0]!.seconder).toBe('Ingham');
  });
});

describe('recorded votes', () => {
  it('reads "There voted for/against …" and "There abstained from voting", names with dots to a count', () => {
    const [item] = meeting([
      [
        'Council tax base',
        [
          'A recorded vote was taken on the motion.',
          'There voted for the motion:',
          'Councillors Birtwhistle, Drabble, Fairclough and Gaskell ............ 4',
          'There voted against the motion:',
          'Councillors Huxtable and Ingham ............ 2',
          'There abstained from voting:',
          'Councillor Pennock ............ 1',
          'RESOLVED – That the council tax base for 2026/27 be approved.',
        ],
      ],
    ]);
    expect(item!.decisions).toHaveLength(1);
    expect(item!.decisions[0]!.votes).toEqual({ for: 4, against: 2, abstain: 1 });
  });

  it('reads a side set as a heading over the names below it', () => {
    const [item] = meeting([
      [
        'Car parking charges',
        [
          'RESOLVED – That the car parking charges in Appendix A be approved.',
          'For:',
          'Councillors Birtwhistle, Drabble and Fairclough',
          'Against:',
          'Councillors Gaskell and Huxtable',
          'Abstentions:',
          'None',
        ],
      ],
    ]);
    const [decision] = item!.decisions;
    expect(decision!.votes).toEqual({ for: 3, against: 2, abstain: 0 });
    expect(decision!.recorded?.against).toEqual(['Gaskell', 'Huxtable']);
  });
});

describe('two formulas in one sentence', () => {
  it('takes the later formula, which introduces the decision’s words, as its keyword', () => {
    const [item] = meeting([
      [
        'Minutes',
        [
          'The minutes were AGREED without a vote and it was RESOLVED:',
          'That the minutes of the meeting held on 10 December 2025 be signed as a correct record.',
        ],
      ],
    ]);
    expect(item!.decisions.map((decision) => decision.keyword)).toEqual(['RESOLVED']);
    expect(item!.decisions[0]!.clauses).toHaveLength(1);
  });
});

describe('the mover named with the motion', () => {
  it('reads "On the motion of the Mayor (Councillor X)", "On a motion by Councillor X" and "a motion by Councillor X"', () => {
    const items = meeting([
      [
        'Minutes',
        [
          'RESOLVED: On the motion of the Mayor (Councillor Gerald Pennock), seconded by the Deputy Mayor (Councillor Ingham), that the minutes be approved.',
        ],
      ],
      [
        'Land at Tanners Yard',
        [
          'On a motion by Councillor Fairclough, seconded by Councillor Gaskell, it was',
          'RESOLVED (6 votes for, 1 against)',
          'That planning permission be granted.',
        ],
      ],
      [
        'Notice of motion – school crossings',
        [
          'The council considered a motion by Councillor Huxtable, seconded by Councillor Drabble, in the terms set out in the agenda.',
          'Decision',
          'To agree the terms of the motion.',
        ],
      ],
    ]);
    expect(items.map((item) => item.decisions[0]?.mover)).toEqual([
      'Gerald Pennock',
      'Fairclough',
      'Huxtable',
    ]);
    expect(items[0]!.decisions[0]!.seconder).toBe('Ingham');
  });

  it('keeps the mover of a motion whose amendment was lost', () => {
    const [item] = meeting([
      [
        'Motion – library hours',
        [
          'Councillor Birtwhistle moved and Councillor Drabble seconded the motion as printed. An amendment proposed by Councillor Ingham, to delete the second paragraph, was lost.',
          'RESOLVED – That the Council asks the Executive to restore Saturday opening.',
        ],
      ],
    ]);
    expect(item!.decisions[0]!.mover).toBe('Birtwhistle');
    expect(item!.decisions[0]!.seconder).toBe('Drabble');
  });

  it('reads "FOR - 21 Members; AGAINST - 6 Members; ABSTENTIONS - 2 Members"', () => {
    const [item] = meeting([
      [
        'Motion – recycling',
        [
          'RESOLVED: That the Council supports a deposit return scheme.',
          '(NOTE: The result of the vote on the Substantive Motion was FOR - 21 Members; AGAINST - 6 Members; ABSTENTIONS - 2 Members.)',
        ],
      ],
    ]);
    expect(item!.decisions[0]!.votes).toEqual({ for: 21, against: 6, abstain: 2 });
  });
});

describe('figures inside the decision', () => {
  it('keeps a labelled clause that carries its own vote as a clause', () => {
    const [item] = meeting([
      [
        'Finance',
        [
          'RESOLVED:',
          '(a) to pay the invoices listed, totalling £912.40;',
          '(b) to set the precept for 2026/27 at £18,500 (5 in favour, 2 against);',
          '(c) to move the reserve to the savings account.',
        ],
      ],
    ]);
    expect(item!.decisions[0]!.clauses.map((clause) => clause.label)).toEqual(['(a)', '(b)', '(c)']);
  });

  it('reads figures wrapped onto the line after the decision’s own', () => {
    const text = [
      'Minutes of the meeting of Pentre Isaf Community Council held on 2 February 2026',
      '',
      'Present: Cllrs A Bowen (Chair), C Davies, E Evans, G Hughes and I Jones',
      '',
      '26/10  Apologies',
      '       Apologies were received from Cllr K Lewis, who was attending a meeting of the school governors that evening.',
      '',
      '26/11  Playing Field Grant',
      '       RESOLVED to award a grant of £300 towards new goalposts (4 in favour, 0 against,',
      '       1 abstention).',
      '       Cllr Hughes left the meeting at 8.10pm.',
    ].join('\n');
    const [, item] = parseImportText(text).items;
    expect(item!.decisions[0]!.votes).toEqual({ for: 4, against: 0, abstain: 1 });
  });
});
