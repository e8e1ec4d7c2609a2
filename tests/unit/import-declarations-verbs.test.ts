// Declarations of interest in more of the wordings real councils publish (English districts, Welsh
// national parks, Northern Irish councils; reworded, names invented): a verb of saying with "that she
// had an interest", "reported a personal interest", "were received from", "as did", "The following
// Members declared …: A and B", "The following disclosures of interest were made:", a row numbered
// "1)" with the person in apposition, and the item leading the sentence. Nothing else is a declaration.
import { describe, expect, it } from 'vitest';
import { declarationsIn } from '../../electron/import/declarations';

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
