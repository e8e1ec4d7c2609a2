// Apologies, substitutes and declarations of interest said in the items, in the wordings real
// councils publish (English districts and boroughs, Welsh community councils, Northern Irish and
// Scottish councils), reworded and with invented names: a substitute named after the apology ("who
// was substituted by", "(substitute: …)"), a second pair with its verb left out, a member who was
// delayed; a declaration with the person in apposition, after words that set the scene, under an
// item number standing alone, "in the same item", several items with their titles in brackets, and
// one made under an item of its own.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { declarationsIn } from '../../electron/import/declarations';

const meeting = (body: string) =>
  parseImportText(`Minutes of the Resources Committee held on 6 November 2025

Present: Councillors Jay (Chair), Kemp, Lowe, Mann and Nash

${body}

19. Minutes
RESOLVED that the minutes be approved.`).meeting!;
const names = (people: { name: string }[]) => people.map((person) => person.name);
const subs = (people: { name: string; for: string }[]) => people.map((one) => `${one.name} for ${one.for}`);
const declared = (paras: string[], title = 'Declarations of Interest', number = '2') =>
  declarationsIn([{ number, title, paras }], ['2', '5', '7', '9', '10', '12', '14', '15']).map(
    (one) => `${one.name}@${one.item}`,
  );

describe('apologies and substitutes in the items, as published', () => {
  it('"who was substituted by", "(substitute: …)", "attended in place of", a pair with its verb left out', () => {
    const first = meeting(`1. Apologies for Absence and Substitutions
Apologies for absence were received from Councillor Dale, who was substituted by Councillor Pacey, and Councillor John Fisk, who was substituted by Councillor Plumb.`);
    expect(names(first.apologies)).toEqual(['Dale', 'John Fisk']);
    expect(subs(first.substitutes)).toEqual(['Pacey for Dale', 'Plumb for John Fisk']);
    const second = meeting(`1. Apologies and Substitutions
Apologies were received from Councillor Oakes (substitute: Councillor Pike) and Councillor Quinn. Councillor Shaw attended in place of Councillor Tate.`);
    expect(names(second.apologies)).toEqual(['Oakes', 'Quinn']);
    expect(subs(second.substitutes).sort()).toEqual(['Pike for Oakes', 'Shaw for Tate']);
    const third = meeting(`1. Apologies
Apologies were received from Councillors Oakes and Quinn. Councillor Pike substituted for Councillor Oakes and Councillor Reed for Councillor Quinn.`);
    expect(names(third.apologies)).toEqual(['Oakes', 'Quinn']);
    expect(subs(third.substitutes)).toEqual(['Pike for Oakes', 'Reed for Quinn']);
  });

  it('members who were delayed sent no apologies', () => {
    const read = meeting(`1. Apologies for Absence
Apologies for absence were received from Councillors J Jory and S Rudd-Bates.

Councillors A Cole and I Kemp were delayed but would be attending.`);
    expect(names(read.apologies)).toEqual(['J Jory', 'S Rudd-Bates']);
  });
});

describe('declarations of interest, as published', () => {
  it('the person in apposition, and after words that set the scene', () => {
    expect(
      declared([
        'The Chair, Councillor Grewe, declared a personal and prejudicial interest in agenda item 5 (Castle Review) and would vacate the chair.',
      ]),
    ).toEqual(['Grewe@5']);
    expect(
      declared([
        'Prior to consideration of agenda item 14 - Village Design Statements, Councillor Mrs R Bailey declared a personal interest in the item.',
        'During consideration of application 25/1300/FUL Councillor D Brent declared a personal and prejudicial interest.',
      ]),
    ).toEqual(['R Bailey@14', 'D Brent@']);
  });

  it('an item number standing alone before the sentence; "the same item"; items with titles in brackets', () => {
    expect(
      declared([
        '• Agenda Item 12. Cllr T Dyfed declared a personal but not prejudicial interest in relation to his role as a county councillor.',
        '• Agenda Item 15. Cllrs T Dyfed and D Price declared personal interests in the item.',
      ]),
    ).toEqual(['T Dyfed@12', 'T Dyfed@15', 'D Price@15']);
    expect(
      declared([
        'Councillor Finch declared an other registrable interest in Minute 9 as a trustee, and Councillor Gale declared a non-registrable interest in the same item.',
        'Councillor Hawes declared a prejudicial interest in items 7 (Grant to the Heritage Society) and item 10 (Grant to the Partnership).',
      ]),
    ).toEqual(['Finch@9', 'Gale@9', 'Hawes@7', 'Hawes@10']);
  });

  it('made under an item of its own: that item, unless it names an application or another item', () => {
    expect(
      declared(
        ['Councillor Haines similarly declared a prejudicial interest and left the room.'],
        'Castle Review',
        '5',
      ),
    ).toEqual(['Haines@5']);
    expect(
      declared(
        ['Councillor Ives declared an interest in application 25/0042/FUL as a neighbour.'],
        'Planning Applications',
        '7',
      ),
    ).toEqual(['Ives@']);
    expect(declared(['There were no declarations of interest.'])).toEqual([]);
  });
});

describe('people named by initials, and more wordings', () => {
  it('initials printed beside the names stand for them in apologies and declarations', () => {
    const read =
      parseImportText(`Minutes of the Meeting of the Town Council held on Tuesday 10th November 2026

Present The Mayor, Cllr. Mrs. P.A. Stone (PAS) (in the chair).

Councillors: R. Ames (RA), Mrs. G. Bell (GB), T.J. Cobb (TJC) and L. Dorr (LD).

Councillors not present: B. Pike (BP).

1. Apologies for Absence
Apologies were received and accepted from Cllr. BP (work commitments).

2. Declarations of Interest
Cllr. TJC declared a non-registrable interest in minute 7 as treasurer of the Bowls Club.
Cllrs. RA and Mrs. GB declared other registrable interests in minute 8.

7. Grants
RESOLVED that the grants be paid.`).meeting!;
    expect(names(read.apologies)).toEqual(['B. Pike']);
    expect(read.declarations.map((one) => `${one.name}@${one.item}`)).toEqual([
      'T.J. Cobb@7',
      'R. Ames@8',
      'G. Bell@8',
    ]);
  });

  it('"for whom X substituted"; an apology wrapped onto a line opening "and"', () => {
    const read = meeting(`1. Apologies
Apologies for absence were received from Councillor Lee Farr (Wendle Borough Council), for whom Councillor Colm Ash substituted, and from Councillor Gil Yell (Calder District Council).`);
    expect(names(read.apologies)).toEqual(['Lee Farr', 'Gil Yell']);
    expect(subs(read.substitutes)).toEqual(['Colm Ash for Lee Farr']);
    const wrapped = meeting(`1. Apologies
Apologies were received from Councillor Dee Amble (Councillor Orr substituting)
and Councillor Hal Rusk.`);
    expect(names(wrapped.apologies)).toEqual(['Dee Amble', 'Hal Rusk']);
  });

  it('"Declarations of Interest were recorded for:" then people and the item; a Scottish "paragraph"', () => {
    expect(
      declared([
        'Declarations of Interest were recorded for:',
        'Alderman Dunne and Councillor Holt in Item 9.2, Festival Fund – Grant Awards, as committee members of applicants.',
      ]),
    ).toEqual(['Dunne@9.2', 'Holt@9.2']);
    expect(
      declared(['Councillor Hay declared an interest in paragraph 248 below as a board member.']),
    ).toEqual(['Hay@248']);
    expect(
      declared([
        'The following declarations were made:',
        '• Cllr Fenn and Cllr Ibbs – other registrable interests in minute 45/26 as parish councillors.',
        '• Mrs Threlk – a disclosable pecuniary interest in minute 49/26 as a neighbour.',
      ]),
    ).toEqual(['Fenn@45/26', 'Ibbs@45/26', 'Threlk@49/26']);
  });

  it('a declarant followed by their role in apposition; items with lettered parts', () => {
    expect(
      declared([
        'Councillor Aled ap Dewi declared a personal and prejudicial interest in items 6(b) and 6(c) and left.',
        'Siân Arfon, Deputy Monitoring Officer, declared a personal interest in item 6(a).',
      ]),
    ).toEqual(['Aled ap Dewi@6(b)', 'Aled ap Dewi@6(c)', 'Siân Arfon@6(a)']);
  });
});

describe('the item named before the verb', () => {
  it('"in respect of item 20 …, she had declared … on this item": the item named', () => {
    expect(
      declared([
        'Councillor Ailsa Morton advised that in respect of item 20 of the agenda (Harbour House), she had declared a non-financial interest on this item at the Area Committee.',
      ]),
    ).toEqual(['Ailsa Morton@20']);
  });
});
