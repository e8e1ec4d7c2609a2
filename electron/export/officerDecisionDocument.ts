// Officer decision records: one record, or the register of every record for a period, each with
// the fields regulation 7 of the Openness of Local Government Bodies Regulations 2014 (delegated
// decisions) or regulation 13 of the 2012 Regulations (executive decisions by officers) asks for.
// The public edition of an exempt record comes here already withheld (electron/store/officerDecisions.ts).
import { notForPublication, schedule12A } from '../../shared/exemption';
import type { Exemption } from '../../shared/exemptBasis';
import { formatPersonName } from '../../shared/format';
import { formatDate, type HouseStyle } from '../../shared/houseStyle';
import type { OfficerDecisionEntry, OfficerDecisionsDocument } from '../../shared/statutory';
import { heading, paragraph, table } from '../../shared/document/text';
import type { Block } from '../../shared/document/model';
import { wordDocument } from './word';

export const kindNames = {
  delegated: 'Delegated decision (Openness of Local Government Bodies Regulations 2014, regulation 7)',
  executive:
    'Executive decision taken by an officer (Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, regulation 13)',
} as const;

export function officerDecisionDocument(document: OfficerDecisionsDocument) {
  const { style, register } = document;
  const date = (iso: string) => formatDate(iso, style.dateFormat);
  const blocks: Block[] = [paragraph(style.councilName)];
  if (register) {
    blocks.push(
      heading('Register of officer decisions', 0),
      paragraph(`Decisions taken by officers from ${date(register.from)} to ${date(register.to)}`),
      paragraph(`Date of this register: ${date(document.madeOn)}`),
    );
    if (!document.entries.length)
      blocks.push(paragraph('No officer decisions were recorded in this period.'));
    else
      blocks.push(
        table(
          ['Date', 'Reference', 'Decision', 'Officer', 'Kind', 'Published'],
          document.entries.map((entry) => [
            date(entry.decidedOn),
            entry.reference,
            entry.title,
            officerName(entry),
            entry.kind === 'delegated' ? 'Delegated' : 'Executive',
            entry.publishedOn ? date(entry.publishedOn) : 'Not yet',
          ]),
        ),
      );
  } else {
    blocks.push(heading('Record of an officer decision', 0));
  }
  const exempt: Exemption[] = [];
  for (const entry of document.entries) {
    if (entry.exemptParagraph !== null && !entry.withheld)
      exempt.push({ basis: 'schedule 12A', paragraph: entry.exemptParagraph });
    blocks.push(
      heading(entry.reference ? `${entry.reference}: ${entry.title}` : entry.title, register ? 2 : 1),
    );
    blocks.push(table(['Record', 'Details'], rows(entry, style)));
  }
  const name = register ? 'register of officer decisions' : 'officer decision record';
  return wordDocument({
    style,
    title: register
      ? `Register of officer decisions, ${date(register.from)} to ${date(register.to)}`
      : `Officer decision record: ${document.entries[0]?.title ?? ''}`,
    subject: `${name[0]!.toUpperCase()}${name.slice(1)} (${document.edition})`,
    author: style.councilName,
    edition: document.edition,
    banner: document.edition === 'confidential' && exempt.length ? notForPublication(exempt) : [],
    blocks,
  });
}

const officerName = (entry: OfficerDecisionEntry) =>
  entry.officer
    ? [formatPersonName(entry.officer), entry.officer.role].filter(Boolean).join(', ')
    : 'Not recorded';

function rows(entry: OfficerDecisionEntry, style: HouseStyle): string[][] {
  const date = (iso: string) => formatDate(iso, style.dateFormat);
  const head: string[][] = [
    ['Kind', kindNames[entry.kind]],
    ['Reference', entry.reference || 'None'],
    ['Title', entry.title],
    ['Date of decision', date(entry.decidedOn)],
    ['Decision maker', officerName(entry)],
  ];
  const published = [
    'Date of publication',
    entry.publishedOn ? date(entry.publishedOn) : 'Not yet published',
  ];
  if (entry.withheld) {
    return [
      ...head,
      [
        'Decision',
        `This record is not for publication by virtue of ${schedule12A([entry.exemptParagraph ?? 0])}.`,
      ],
      published,
    ];
  }
  return [
    ...head,
    ['Decision', entry.decision || 'Not recorded'],
    ['Authority (delegation relied on)', entry.authority || 'Not recorded'],
    ['Reasons for the decision', entry.reasons || 'Not recorded'],
    ['Alternative options considered and rejected', entry.alternatives || 'None.'],
    ['Consultation', entry.consultation || 'None.'],
    ['Conflicts of interest declared', entry.interests || 'None declared.'],
    ['Dispensations', entry.dispensations || 'None.'],
    ...(entry.exemptParagraph !== null
      ? [['Exempt information', `Not for publication by virtue of ${schedule12A([entry.exemptParagraph])}.`]]
      : []),
    published,
  ];
}
