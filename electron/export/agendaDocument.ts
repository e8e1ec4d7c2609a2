// The agenda: a front sheet (committee, date, time, venue, membership, contact officer), then the
// numbered items with their purpose, lead officer and, for exempt items, the Schedule 12A marker.
import { notForPublication, schedule12A } from '../../shared/exemption';
import { formatPersonName, formatTime } from '../../shared/format';
import { formatDate } from '../../shared/houseStyle';
import type { MeetingRecord } from '../../shared/meetingRecord';
import {
  Lists,
  Paragraph,
  heading,
  numberingReference,
  paragraph,
  runs,
  title,
  wordDocument,
  type Block,
} from './word';

const roleNames = { chair: 'Chair', 'vice-chair': 'Vice-Chair', member: '' } as const;

export function agendaDocument(record: MeetingRecord) {
  const { style, detail } = record;
  const { meeting, committee } = detail;
  const lists = new Lists();
  const date = formatDate(meeting.date, style.dateFormat);
  const blocks: Block[] = [
    paragraph(style.councilName),
    title(committee.name),
    paragraph('Agenda'),
    paragraph(`Date: ${date}`),
    paragraph(`Time: ${formatTime(meeting.startTime)}`),
    paragraph(`Venue: ${meeting.venue || 'to be confirmed'}`),
    heading('Membership', 1),
  ];
  const members = lists.instance();
  for (const member of record.members) {
    const role = roleNames[member.role];
    blocks.push(
      new Paragraph({
        numbering: { reference: numberingReference.bullet, level: 0, instance: members },
        children: runs(`${formatPersonName(member.person)}${role ? ` (${role})` : ''}`),
      }),
    );
  }
  if (!record.members.length) blocks.push(paragraph('The membership has not been entered.'));
  if (record.contactOfficer) {
    const officer = record.contactOfficer;
    blocks.push(heading('Contact officer', 1));
    blocks.push(
      paragraph([formatPersonName(officer), officer.role, officer.organisation].filter(Boolean).join(', ')),
    );
  }
  blocks.push(heading('Items of business', 1));
  const items = lists.instance();
  const exemptParagraphs: number[] = [];
  for (const entry of record.items) {
    const { item } = entry;
    blocks.push(
      new Paragraph({
        heading: 'Heading2',
        numbering: { reference: numberingReference.agendaItems, level: 0, instance: items },
        children: runs(style.headingCase === 'capitals' ? item.title.toUpperCase() : item.title),
      }),
    );
    if (item.exempt && item.exemptParagraph) {
      exemptParagraphs.push(item.exemptParagraph);
      blocks.push(
        new Paragraph({
          children: runs(
            `Exempt item: the public are likely to be excluded for this item, which is not for publication by virtue of ${schedule12A(
              [item.exemptParagraph],
            )}.`,
            { bold: true },
          ),
        }),
      );
    }
    if (item.purpose) blocks.push(paragraph(item.purpose));
    if (entry.leadOfficer) {
      const officer = entry.leadOfficer;
      blocks.push(
        paragraph(`Lead officer: ${[formatPersonName(officer), officer.role].filter(Boolean).join(', ')}`),
      );
    }
  }
  if (!record.items.length) blocks.push(paragraph('No items have been added to the agenda yet.'));
  return wordDocument({
    style,
    title: `${committee.name}: agenda, ${date}`,
    subject: record.edition === 'public' ? 'Agenda (public)' : 'Agenda (confidential)',
    marking: { banner: record.edition === 'confidential' ? notForPublication(exemptParagraphs) : [] },
    children: blocks,
  });
}
