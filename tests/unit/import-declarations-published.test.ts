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
