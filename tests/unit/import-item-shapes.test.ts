// Minute headings as real councils print them, in our own words with invented names: a web page's
// number alone over its title and a "Minutes:" label, bilingual Welsh numbers and titles ("Cofnod 64/
// Minute 64", "26/01 YMDDIHEURIADAU / APOLOGIES"), "Minute 62" over its title with a name above it,
// long running numbers ("10457/04/26"), sub-items, wrapped titles in capitals and page furniture.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const items = (lines: string[]) =>
  parseImportText(lines.join('\n')).items.map((item) => [item.number, item.title]);

describe('minute headings', () => {
  it('reads "Minute 62" over its title, not the name above it, and a Welsh number before the English', () => {
    expect(
      items([
        'MINUTES OF A MEETING OF FULL COUNCIL HELD IN THE COUNCIL CHAMBER ON MONDAY, 28 SEPTEMBER 2026 AT 6.30p.m.',
        '',
        'PRESENT',
        'Cllr. E Edwards (Mayor)',
        'Cllr. B Somers (Deputy Mayor)',
        'Cllr. B Haines',
        '',
        'Minute 62',
        '',
        'Declaration of Interest on matters arising from the Agenda',
        '',
        'Cllr. Haines – item 14.',
        '',
        'Minute 63',
        '',
        'Personal References',
        '',
        'The Mayor congratulated Cllr. Morris.',
        '',
        'Cofnod 64/Minute 64',
        '',
        'Cofnodion y Cyngor Llawn / Minutes of Full Council held on 24 August 2026',
        '',
        'The minutes were approved.',
      ]),
    ).toEqual([
      ['62', 'Declaration of Interest on matters arising from the Agenda'],
      ['63', 'Personal References'],
      ['64', 'Cofnodion y Cyngor Llawn / Minutes of Full Council held on 24 August 2026'],
    ]);
  });

  it('reads bilingual titles, running numbers, a web page’s numbers and wrapped titles in capitals', () => {
    expect(
      items([
        'Minutes of the Annual Meeting of Llanfair Community Council held on Tuesday, 17th November 2026.',
        'Presennol / Present: Cyng/Cllrs.: B. Jones (chair) A. Davies, C. Moses, E. Morgan and E. Rees.',
        '26/01 YMDDIHEURIADAU / APOLOGIES',
        'Apologies for absence were received from Cllrs. M. Williams and L.Hughes.',
        '26/02 DATGANIADAU O FUDDIANT / DECLARATIONS OF INTEREST',
        'There were no declarations of interest.',
        '26/03 CYNLLUNIO / PLANNING',
        'PENDERFYNWYD / RESOLVED: no objection to application E/38983.',
      ]),
    ).toEqual([
      ['26/01', 'YMDDIHEURIADAU / APOLOGIES'],
      ['26/02', 'DATGANIADAU O FUDDIANT / DECLARATIONS OF INTEREST'],
      ['26/03', 'CYNLLUNIO / PLANNING'],
    ]);
    expect(
      items([
        'Council - Wednesday, 17th January, 2026 2.00 pm',
        '',
        'Items',
        'No. Item',
        '',
        '77.',
        '',
        'Announcements',
        '',
        'Minutes:',
        '',
        'The Lord Mayor congratulated Councillor Cleeve.',
        '',
        '78.',
        '',
        'Minutes pdf icon PDF 220 KB',
        '',
        'To confirm the minutes of the meeting held on 13 December 2025.',
        '',
        'Minutes:',
        '',
        'RESOLVED – That the minutes be approved.',
      ]),
    ).toEqual([
      ['77', 'Announcements'],
      ['78', 'Minutes'],
    ]);
    expect(
      items([
        'PLANNING COMMITTEE',
        '',
        'Minutes of the meeting held on 4 March 2026 at 7.00 pm',
        '',
        '47. APPLICATION FOR PLANNING PERMISSION – LAND NORTH OF',
        'STATION ROAD, LITTLE HAMPTON',
        'RESOLVED that permission be granted.',
        '',
        'Planning Committee – 4 March 2026',
        'Page 2 of 4',
        '',
        '48. PLANNING APPLICATIONS',
        '48.1 25/01300/HOU – 12 High Street, Little Hampton',
        'RESOLVED that permission be granted.',
        '',
        '- 3 -',
        '',
        '49. DATE OF NEXT MEETING',
        '1 April 2026.',
      ]),
    ).toEqual([
      ['47', 'APPLICATION FOR PLANNING PERMISSION – LAND NORTH OF STATION ROAD, LITTLE HAMPTON'],
      ['48', 'PLANNING APPLICATIONS'],
      ['48.1', '25/01300/HOU – 12 High Street, Little Hampton'],
      ['49', 'DATE OF NEXT MEETING'],
    ]);
  });

  it('drops an agenda pack’s page range and a file’s size from a title, and keeps its own brackets', () => {
    expect(
      items([
        'Minutes of the meeting of the Scrutiny Committee held on 4 March 2026',
        '',
        'Present: Councillor A Brook (Chair), Councillors B Carr and D Eames',
        '',
        '12. Housing Revenue Account Business Plan (Pages 5 - 32)',
        'RESOLVED that the plan be noted.',
        '',
        '13. Corporate Performance Report PDF 410 KB',
        'RESOLVED that the report be noted.',
        '',
        '14. Review of Car Parking Charges (Report of the Director of Place)',
        'RESOLVED that the review proceed.',
        '',
        '15. Enforcement Update (Page 33)',
        'RESOLVED that the update be noted.',
      ]),
    ).toEqual([
      ['12', 'Housing Revenue Account Business Plan'],
      ['13', 'Corporate Performance Report'],
      ['14', 'Review of Car Parking Charges (Report of the Director of Place)'],
      ['15', 'Enforcement Update'],
    ]);
  });
});
