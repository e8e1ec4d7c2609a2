// Declarations of interest in more of the wordings real councils publish (English districts, Welsh
// national parks, Northern Irish councils; reworded, names invented): a verb of saying with "that she
// had an interest", "reported a personal interest", "were received from", "as did", "The following
// Members declared …: A and B", "The following disclosures of interest were made:", a row numbered
// "1)" with the person in apposition, and the item leading the sentence. Nothing else is a declaration.
import { describe, expect, it } from 'vitest';
import { asListed, declarationsIn } from '../../electron/import/declarations';

const declared = (paras: string[], title = 'Declarations of Interest', number = '2') =>
  declarationsIn([{ number, title, paras }], ['2', '5', '7', '9', '10', '12', '14', '15', '45/26']).map(
    (one) => `${one.name}@${one.item}`,
  );

describe('declarations, in the wordings published', () => {
  it('a verb of saying and "that he had (held) an interest"; "reported a … interest"', () => {
    expect(
      declared([
        'Councillor Ann Brook advised that she had a personal interest in item 7 as a governor of the school.',
      ]),
    ).toEqual(['Ann Brook@7']);
    expect(
      declared([
        'Cllr Dev Patel informed the Committee that he held an other registrable interest in agenda item 9 as a member of the Town Council.',
      ]),
    ).toEqual(['Dev Patel@9']);
    expect(
      declared([
        'Councillor Nye wished it to be recorded that he had a personal interest in item 10 as his wife worked for the applicant.',
      ]),
    ).toEqual(['Nye@10']);
    expect(
      declared([
        'Councillor Bell indicated that she had a prejudicial interest in item 7 and left the meeting.',
      ]),
    ).toEqual(['Bell@7']);
    expect(declared(['Councillor Cain reported a personal interest in item 9.'])).toEqual(['Cain@9']);
  });

  it('"were received from", "as did", names after the colon, and the disclosures list', () => {
    expect(
      declared([
        'Declarations of interest were received from Councillors Hale and Orme in respect of item 5.',
      ]),
    ).toEqual(['Hale@5', 'Orme@5']);
    expect(
      declared(['Councillor Hale declared a non-pecuniary interest in item 5, as did Councillor Orme.']),
    ).toEqual(['Hale@5', 'Orme@5']);
    expect(
      declared([
        'The following Members declared an interest in item 9: Councillor Abbot (personal) and Councillor Byrne (prejudicial).',
      ]),
    ).toEqual(['Abbot@9', 'Byrne@9']);
    expect(
      declared([
        'The following disclosures of interest were made:',
        'Councillor Ruth Cole – personal interest in item 12 as a member of the Trust.',
        'Councillors Iwan Rees and Non Pugh – personal interests in application NP/25/0101/FUL as members of the community council.',
      ]),
    ).toEqual(['Ruth Cole@12', 'Iwan Rees@', 'Non Pugh@']);
  });

  it('a numbered row with the person in apposition; the item leading the sentence', () => {
    expect(declared(['1) The Chief Executive, Ms B Rowe, declared a personal interest in item 15.'])).toEqual(
      ['B Rowe@15'],
    );
    expect(
      declared(['Item 10 – Councillor Wren declared a prejudicial interest and left the chamber.']),
    ).toEqual(['Wren@10']);
  });

  it('a made-under declaration keeps its item when the application is named only in the reason', () => {
    expect(
      declared(
        [
          'Councillor Pugh declared a non-registrable interest as a member of the parish council, which had objected to the application.',
        ],
        '25/0200/OUT – Land off Station Road',
        '9',
      ),
    ).toEqual(['Pugh@9']);
  });

  it('no declaration: none made, a dispensation alone, an officer advising in general', () => {
    expect(declared(['There were no declarations of interest.'])).toEqual([]);
    expect(declared(['Councillor Rigby had a dispensation to speak and vote on item 5.'])).toEqual([]);
    expect(
      declared(['The Monitoring Officer advised that members had no interest to declare in item 5.']),
    ).toEqual([]);
  });
});

describe('declarations that name their item by where they stand', () => {
  const twoItems = (paras: string[]) =>
    declarationsIn(
      [
        { number: 'PL/12/26', title: 'Application 26/0101/FUL – Mill Farm', paras },
        {
          number: 'PL/13/26',
          title: 'Application 26/0140/FUL – Old School',
          paras: ['RESOLVED that permission be granted.'],
        },
      ],
      ['PL/12/26', 'PL/13/26', '60'],
    ).map((one) => `${one.name}@${one.item}`);

  it('"Before the next item" at the end of one item names the item after it, for every member in the sentence', () => {
    expect(
      twoItems([
        'RESOLVED that permission be refused.',
        'Before the next item Councillor Mrs Amberley declared a personal interest as a member of the town council, which had been consulted, and Councillor Tovey declared a prejudicial interest as his daughter works for the applicant.',
      ]),
    ).toEqual(['Amberley@PL/13/26', 'Tovey@PL/13/26']);
  });

  it('"declared the interest" after a sentence naming the item and the interest', () => {
    expect(
      twoItems([
        'The Monitoring Officer reported that a dispensation had been granted to Councillor Ruth Vane to speak and vote on item 60, in which she has a disclosable pecuniary interest as a tenant of the Council. Councillor Vane declared the interest and remained in the meeting.',
      ]),
    ).toEqual(['Vane@60']);
  });

  it('"in application 5(c)" under item 5 is that lettered part', () => {
    expect(
      declarationsIn(
        [
          {
            number: '5',
            title: 'Common Good Fund – Applications for Financial Assistance',
            paras: [
              'Councillor Moffat declared an interest in application 5(c) as treasurer of the pipe band.',
            ],
          },
        ],
        ['5'],
      ).map((one) => `${one.name}@${one.item}`),
    ).toEqual(['Moffat@5(c)']);
  });

  it('a Welsh digraph initial ("Ms Ll. Gwyn") ends no sentence', () => {
    expect(
      declared([
        'Councillors T. Rhys and Ms Ll. Gwyn declared personal interests, which were not prejudicial, in agenda item 9.',
      ]),
    ).toEqual(['T. Rhys@9', 'Ll. Gwyn@9']);
  });
});

describe('Scottish and listed forms', () => {
  it('"Art. 277" names a Scottish article', () => {
    expect(
      declarationsIn(
        [
          {
            number: '1',
            title: 'Declarations of Interest',
            paras: [
              'Councillor R Baird declared a non-financial interest in Art. 214 (Taxi Fares) as a relative held a licence.',
            ],
          },
        ],
        ['214'],
      ).map((one) => `${one.name}@${one.item}`),
    ).toEqual(['R Baird@214']);
  });

  it('a declarant named by surname is the member as the list of those present gives them', () => {
    expect(
      asListed(
        [
          { name: 'Le Brun', honorific: 'Councillor', item: '5', text: '' },
          { name: 'Smith', honorific: 'Councillor', item: '5', text: '' },
        ],
        [{ name: 'Mrs E. Le Brun' }, { name: 'A Smith' }, { name: 'B Smith' }],
      ).map((one) => one.name),
    ).toEqual(['Mrs E. Le Brun', 'Smith']);
  });
});

describe('declarations listed "as follows"', () => {
  it('"Interests were declared as follows:" then a member a line, with the item after a colon or a dash', () => {
    expect(
      declared([
        'Interests were declared as follows:',
        '• Councillor Cole: item 9, personal interest (school governor)',
        '• Councillor Dale – item 10 – personal interest',
      ]),
    ).toEqual(['Cole@9', 'Dale@10']);
    expect(
      declared([
        'Declarations of interest were made as follows:',
        'Councillor Ames – item 5 – personal interest as a member of the Trust.',
      ]),
    ).toEqual(['Ames@5']);
  });

  it('rows and sentences that already read: a table with pipes, several members, two clauses, a late declaration', () => {
    expect(
      declared(['Member | Item | Interest', 'Cllr Jones | 9 | Personal', 'Cllr Kerr | 10 | Prejudicial']),
    ).toEqual(['Jones@9', 'Kerr@10']);
    expect(
      declared([
        'Councillor Sims declared an interest in item 5 and Councillor Tate declared an interest in item 7.',
      ]),
    ).toEqual(['Sims@5', 'Tate@7']);
    expect(
      declared([
        'No declarations of interest were made.',
        'Later in the meeting, Councillor Watt declared a personal interest in item 15.',
      ]),
    ).toEqual(['Watt@15']);
  });
});
