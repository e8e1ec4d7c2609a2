// Minute headings read as a grammar of the document's numbering (electron/import/headings.ts): the
// scheme the minutes use and its steps, the way the document sets its headings, and what is not a
// heading however it looks. The texts are our own, in the shapes councils publish.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const headings = (text: string) => parseImportText(text).items.map((item) => [item.number, item.title]);
const head = (title: string, date = '4 March 2026', time = '7.00 pm') =>
  `${title}\nMinutes of the meeting held on ${date} at ${time}\n\nPresent: Councillors A Ash (Chair), B Birch and C Cedar\n\n`;

describe('headings that continue the document’s numbering', () => {
  it('accepts a bare number and a short title in sentence case as the next minute after one set the same way', () => {
    const text = `${head('Finance Committee')}5 Apologies for Absence\nNone.\n\n6 Declarations of Interest\nNone.\n\n7 Budget 2026/27\n7.1 Revenue budget\nRESOLVED that the revenue budget be approved.\n7.2 Fees and charges\nRESOLVED that the fees be approved.\n\n8 Any other business\nNone.\n`;
    expect(headings(text)).toEqual([
      ['5', 'Apologies for Absence'],
      ['6', 'Declarations of Interest'],
      ['7', 'Budget 2026/27'],
      ['7.1', 'Revenue budget'],
      ['7.2', 'Fees and charges'],
      ['8', 'Any other business'],
    ]);
  });

  it('reads a year-and-number scheme ("21.44", "21.45") as one running sequence', () => {
    const text = `${head('Hollowfield Parish Council')}21.44 ELECTION OF CHAIR OF THE COUNCIL\nIt was RESOLVED that Cllr Ash be elected Chair.\n\n21.45 Apologies for absence\nApologies were received from Cllr Dale.\n\n21.46 Declarations of interest\nThere were none.\n\n21.47 Finance\nThe payments list was approved.\n`;
    expect(headings(text).map(([number]) => number)).toEqual(['21.44', '21.45', '21.46', '21.47']);
  });

  it('reads roman numerals over titles in any case once the numbering has begun', () => {
    const text = `${head('Planning Committee')}I. APOLOGIES FOR ABSENCE\nNone.\n\nII. Declarations of Interest\nNone were made.\n\nIII. Minutes\nRESOLVED that the minutes be approved.\n\nIV. Any Other Business\nNone.\n`;
    expect(headings(text)).toEqual([
      ['I', 'APOLOGIES FOR ABSENCE'],
      ['II', 'Declarations of Interest'],
      ['III', 'Minutes'],
      ['IV', 'Any Other Business'],
    ]);
  });

  it('reads lettered minutes ("26a", "26b") as the items under one number, and a long agenda title in sentence case', () => {
    const text = `${head('Corporate Resources Committee')}24. Declarations of interest\nNone.\n\n25. Review of the corporate plan and the medium term financial strategy for the\nperiod 2026/27 to 2029/30\nThe Director presented the report.\n\n26a. Treasury management strategy statement\nRESOLVED that the statement be approved.\n\n26b. Capital strategy\nRESOLVED that the strategy be approved.\n\n27. Exclusion of the press and public\nRESOLVED that the press and public be excluded.\n`;
    expect(headings(text)).toEqual([
      ['24', 'Declarations of interest'],
      [
        '25',
        'Review of the corporate plan and the medium term financial strategy for the period 2026/27 to 2029/30',
      ],
      ['26a', 'Treasury management strategy statement'],
      ['26b', 'Capital strategy'],
      ['27', 'Exclusion of the press and public'],
    ]);
  });

  it('reads coded references with a full stop or a space in them ("PR.31/25", "CAB 45.")', () => {
    const coded = `${head('Policy and Resources Committee')}PR.31/25  Apologies for Absence\nNone.\n\nPR.32/25  Declarations of Interest\nNone.\n\nPR.33/25  Medium Term Financial Plan\nRESOLVED that the plan be approved.\n`;
    expect(headings(coded).map(([number]) => number)).toEqual(['PR.31/25', 'PR.32/25', 'PR.33/25']);
    const spaced = `${head('Cabinet')}CAB 45. Apologies for absence\nNone.\n\nCAB 46. Leisure contract\nRESOLVED that the contract be extended.\n`;
    expect(headings(spaced)).toEqual([
      ['CAB45', 'Apologies for absence'],
      ['CAB46', 'Leisure contract'],
    ]);
  });

  it('keeps the layout the document uses: the title over its number, even where the line under the number could be a title', () => {
    const text = `${head('Planning Committee')}APOLOGIES FOR ABSENCE\nPLA146/24\nApologies were received from Councillor Vine.\n\nDECLARATIONS OF INTEREST\nPLA147/24\nNone.\n\nAPPEALS\nPLA148/24\nThe Committee noted the appeal decisions.\n`;
    expect(headings(text)).toEqual([
      ['PLA146/24', 'APOLOGIES FOR ABSENCE'],
      ['PLA147/24', 'DECLARATIONS OF INTEREST'],
      ['PLA148/24', 'APPEALS'],
    ]);
  });

  it('reads a title in capitals over a bare number over the minute’s text', () => {
    const text = `${head('Licensing Committee')}APOLOGIES FOR ABSENCE\n1\nApologies were received from Councillor Cole.\n\nDECLARATIONS OF INTEREST\n2\nThere were no declarations of interest.\n\nTAXI LICENSING POLICY\n3\nThe Licensing Manager presented the revised policy.\nRESOLVED that the policy be approved.\n`;
    expect(headings(text)).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'DECLARATIONS OF INTEREST'],
      ['3', 'TAXI LICENSING POLICY'],
    ]);
  });

  it('reads a number alone over its title as the minute’s, even where short replies repeat', () => {
    const text = `Cabinet\nThursday 12 March 2026\n\nPresent: Councillors O Owl (Leader), P Pike\n\n1\nApologies for Absence\nNone.\n\n2\nDeclarations of Interest\nNone.\n\n3\nCouncil tax support scheme\nRESOLVED that the scheme be adopted.\n`;
    expect(headings(text).map(([number]) => number)).toEqual(['1', '2', '3']);
  });

  it('does not join the text under "Item 3 – Title" to the title', () => {
    const text = `${head('Scrutiny Committee')}Item 1 – Apologies for Absence\nNone.\nItem 2 – Minutes of the previous meeting\nAgreed as a correct record.\nItem 3 – Work programme\nRESOLVED that the work programme be agreed.\n`;
    expect(headings(text)).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Minutes of the previous meeting'],
      ['3', 'Work programme'],
    ]);
  });
});

describe('headings set in bold, as markdown headings, or with "Agenda Item"', () => {
  it('reads "**1. Apologies**" and "## 2. Declarations" as their words', () => {
    const text = `${head('Audit Committee')}**1. Apologies for absence**\nApologies were received from Councillor Cole.\n\n## 2. Declarations of interest\nNone.\n\n**3. External audit plan**\nRESOLVED that the plan be noted.\n`;
    expect(headings(text)).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of interest'],
      ['3', 'External audit plan'],
    ]);
  });

  it('does not join a one-word reply to "Agenda Item 2: Title"', () => {
    const text = `${head('Audit Committee')}Agenda Item 1: Apologies for absence\nApologies were received from Councillor Cole.\n\nAgenda Item 2: Declarations of interest\nNone.\n\nAgenda Item 3: External audit plan\nRESOLVED that the plan be noted.\n`;
    expect(headings(text).map(([, title]) => title)).toEqual([
      'Apologies for absence',
      'Declarations of interest',
      'External audit plan',
    ]);
  });
});

describe('titles run into their minute, and sub-items in brackets', () => {
  it('splits a title in capitals from the sentence run on after it, and reads "3(a)" under "3."', () => {
    const text = `${head('Licensing Committee')}1. APOLOGIES FOR ABSENCE Apologies were received from Councillor Cole.\n\n2. TAXI LICENSING POLICY The Licensing Manager presented the revised policy.\nRESOLVED that the policy be approved.\n\n3. HACKNEY CARRIAGE FARES\n3(a) Tariff review\nRESOLVED that the tariff be increased.\n3(b) Soiling charge\nRESOLVED that the charge be retained.\n\n4. NHS Health Checks for drivers\nNoted.\n`;
    expect(headings(text)).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'TAXI LICENSING POLICY'],
      ['3', 'HACKNEY CARRIAGE FARES'],
      ['3(a)', 'Tariff review'],
      ['3(b)', 'Soiling charge'],
      ['4', 'NHS Health Checks for drivers'],
    ]);
  });
});

describe('what is not a heading', () => {
  it('skips numbered points and clauses inside a minute, a contents list and a running header with its page number', () => {
    const text = `Audit Committee – 22 July 2025                                   Page 1 of 2\n\n${head('Audit Committee', '22 July 2025', '10.00 am')}CONTENTS\n1. Apologies for Absence\n2. Internal Audit Annual Report\n3. Risk Register\n\n1. Apologies for Absence\nApologies were received from Councillor Noon.\n\n2. Internal Audit Annual Report\nThe Head of Internal Audit presented the report. The following points were made:\n3. Eight audits were completed.\n4. Two were given limited assurance.\nRESOLVED that:\n(1) the report be noted;\n(2) a follow-up be brought in six months.\n\nAudit Committee – 22 July 2025                                   Page 2 of 2\n\n3. Risk Register\nRESOLVED that the risk register be approved.\n`;
    expect(headings(text)).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Internal Audit Annual Report'],
      ['3', 'Risk Register'],
    ]);
  });

  it('does not read a numbered paragraph of narrative as a sub-item', () => {
    const text = `${head('Environment Committee')}4. Flood Risk Management\n4.1 The report set out the council’s duties as lead local flood authority.\n4.2 Members noted that the strategy was due for review.\nRESOLVED that the report be noted.\n\n5. Work Programme\nNoted.\n`;
    expect(headings(text).map(([number]) => number)).toEqual(['4', '5']);
  });
});

describe('minutes without numbers', () => {
  it('takes the headings in capitals as the minutes and a heading in ordinary case among them as a sub-heading', () => {
    const text = `${head('RESOURCES SCRUTINY COMMITTEE')}APOLOGIES FOR ABSENCE\nApologies were received from Councillor Elm.\n\nDECLARATIONS OF INTEREST\nThere were no declarations of interest.\n\nCOUNCIL TAX COLLECTION PERFORMANCE\nThe Head of Revenues presented the report.\n\nCollection Rates\nMembers noted that collection had improved by 1 per cent.\n\nArrears Recovery\nMembers asked about arrears recovery and were told that it was on target.\n\nRESOLVED that the report be noted.\n\nWORK PROGRAMME\nRESOLVED that the work programme be agreed.\n`;
    expect(headings(text)).toEqual([
      ['', 'APOLOGIES FOR ABSENCE'],
      ['', 'DECLARATIONS OF INTEREST'],
      ['', 'COUNCIL TAX COLLECTION PERFORMANCE'],
      ['', 'WORK PROGRAMME'],
    ]);
  });
});

describe('minutes without numbers or a list of those present', () => {
  it('starts the minutes at the first heading over a sentence after the title block’s date', () => {
    const text = `Harbour Board\nMinutes of the meeting held on 12 January 2026 at 10.00 am\n\nApologies for Absence\nApologies were received from Mr Jones and Ms Khan.\n\nDeclarations of Interest\nThere were no declarations of interest.\n\nHarbour Master’s Report\nThe Harbour Master reported on dredging works.\nRESOLVED that the report be noted.\n`;
    expect(headings(text).map(([, title]) => title)).toEqual([
      'Apologies for Absence',
      'Declarations of Interest',
      'Harbour Master’s Report',
    ]);
  });
});

describe('unnumbered business before the numbered minutes', () => {
  it('reads "Apologies" and "Declarations of Interest" after "Items of Business" as minutes without numbers, and their apologies as the meeting’s', () => {
    const text = `Housing Policy Board\n4 Nov 2025 - 13:00 to 14:30\n\nPresent\nCouncillor Ann Ash, Councillor Bob Birch and Councillor Cara Cedar\nItems of Business\nApologies\nApologies from members.\nCouncillors Dale and Elm.\nDeclarations of Interest\nCouncillor Birch declared a non-financial interest in item 2 of the agenda as a board member of the housing association.\n1\nRevenue Budget Monitoring\nReport by the Director of Finance.\nDECIDED: That the report be noted.\n2\nStock Transfer Proposals\nReport by the Director of Housing.\nDECIDED: That the proposals be approved.\n`;
    const structure = parseImportText(text);
    expect(structure.items.map((item) => [item.number, item.title])).toEqual([
      ['', 'Apologies'],
      ['', 'Declarations of Interest'],
      ['1', 'Revenue Budget Monitoring'],
      ['2', 'Stock Transfer Proposals'],
    ]);
    expect(structure.meeting?.apologies.map((person) => person.name)).toEqual(['Dale', 'Elm']);
  });
});

describe('titles as printed', () => {
  it('takes "– None" after a title as the minute, not the title', () => {
    const text = `${head('Audit Committee')}1. Apologies for absence - none\n\n2. DECLARATIONS OF INTEREST – NONE\n\n3. Notice of Motion – Bus Franchising\nThe motion was debated.\n`;
    expect(headings(text).map(([, title]) => title)).toEqual([
      'Apologies for absence',
      'DECLARATIONS OF INTEREST',
      'Notice of Motion – Bus Franchising',
    ]);
  });

  it('keeps a part in title case after a dash, full stop or not, and splits off a date or a sentence', () => {
    const text = `${head('Cabinet')}96. Harbourside Sports Trust – Governance Review.\nThe Leader submitted a report.\n\n97. Senior Management Restructure - Place Directorate (Paragraph 14).\nThe Chief Executive reported.\n\n98. Apologies for Absence – Cllr Lee had work commitments.\n\n99. Date of Next Meeting – Tuesday 18th March 2025 at 7.30pm.\n`;
    expect(headings(text).map(([, title]) => title)).toEqual([
      'Harbourside Sports Trust – Governance Review',
      'Senior Management Restructure - Place Directorate (Paragraph 14)',
      'Apologies for Absence',
      'Date of Next Meeting',
    ]);
  });

  it('does not carry a title on into "Item 6: …" or a "Restricted" marking under it', () => {
    const text = `${head('Area Committee')}2.   Declarations of Interest/Transparency Statement\n\n     Item 6: Mrs J Nicolson (non-financial)\n\n3.   Planning Enforcement Case - Land at Whitecliff Lane, Saltmere\n\nRestricted\n\nThe Committee received legal advice.\n`;
    expect(headings(text).map(([, title]) => title)).toEqual([
      'Declarations of Interest/Transparency Statement',
      'Planning Enforcement Case - Land at Whitecliff Lane, Saltmere',
    ]);
  });

  it('drops a file link’s type and size after a title', () => {
    const text = `Licensing Committee - Wednesday, 15th October, 2025 10.00 am\n\n1.\nApologies for Absence\nMinutes:\nNone.\n\n2.\nMinutes of the previous meeting  PDF 210 KB\nMinutes:\nRESOLVED that the minutes be approved.\n`;
    expect(headings(text).map(([, title]) => title)).toEqual([
      'Apologies for Absence',
      'Minutes of the previous meeting',
    ]);
  });

  it('splits a title in title case from the minute run into it without a mark', () => {
    const text = `${head('Little Marsh Parish Council')}17/064 Election of Chairman It was resolved that Cllr Ash be appointed as the Chairman.\n17/065 Apologies. Cllr Birch.\n17/066 Highways – The Clerk reported that the pothole had been filled.\n`;
    expect(headings(text)).toEqual([
      ['17/064', 'Election of Chairman'],
      ['17/065', 'Apologies'],
      ['17/066', 'Highways'],
    ]);
  });
});

describe('the meeting’s committee', () => {
  it('names the council for "a meeting of the Council" and for "the Parish Council Meeting"', () => {
    const council = parseImportText(
      'Minutes of a meeting of the Council held in the Guildhall on 24 February 2026\n\nPresent: Councillors A Bee and C Dee\n\n100. Mayor’s announcements\nNone.\n\n101. Apologies for absence\nNone.\n',
    );
    expect(council.meeting?.committee).toBe('Council');
    const parish = parseImportText(
      'West Marsh Parish Council\nMinutes of the Parish Council Meeting\nHeld on Monday 2nd February 2026 at 7pm in the Village Hall\n\nPresent: Cllr M Em (Chairman), Cllr N En\n\n001/26 To receive apologies for absence\nNone.\n\n002/26 Planning\nNo objection.\n',
    );
    expect(parish.meeting?.committee).toBe('West Marsh Parish Council');
    expect(parish.meeting?.date).toBe('2026-02-02');
  });
});
