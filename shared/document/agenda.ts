// The agenda: a front sheet (committee, date, time, venue, membership, contact officer), then the
// numbered items with their purpose, lead officer and, for exempt items, the Schedule 12A marker.
import { exemptUnder, notForPublication } from '../exemption';
import { exemptionOf, type Exemption } from '../exemptBasis';
import { formatPersonName, formatTime } from '../format';
import { formatDate, headingCased } from '../houseStyle';
import type { MeetingRecord } from '../meetingRecord';
import type { Block, DocumentModel } from './model';
import { heading, Lists, paragraph, runs } from './text';

const roleNames = { chair: 'Chair', 'vice-chair': 'Vice-Chair', member: '' } as const;

export function agendaModel(record: MeetingRecord): DocumentModel {
  const { style, detail } = record;
  const { meeting, committee } = detail;
  const lists = new Lists();
  const date = formatDate(meeting.date, style.dateFormat);
  const blocks: Block[] = [
    paragraph(style.councilName),
    heading(committee.name, 0),
    paragraph('Agenda'),
    paragraph(`Date: ${date}`),
    ...(meeting.startTime ? [paragraph(`Time: ${formatTime(meeting.startTime)}`)] : []),
    paragraph(`Venue: ${meeting.venue || 'to be confirmed'}`),
    heading('Membership', 1),
  ];
  const members = lists.instance();
  for (const member of record.members) {
    const role = roleNames[member.role];
    blocks.push(
      paragraph(`${formatPersonName(member.person)}${role ? ` (${role})` : ''}`, {
        list: { kind: 'bullet', instance: members, level: 0 },
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
  const exemptions: Exemption[] = [];
  for (const entry of record.items) {
    const { item } = entry;
    blocks.push({
      type: 'heading',
      level: 2,
      list: { kind: 'agenda items', instance: items, level: 0 },
      runs: runs(headingCased(style, item.title)),
    });
    const exemption = exemptionOf(item);
    if (exemption) {
      exemptions.push(exemption);
      blocks.push(
        paragraph(
          `Exempt item: the public are likely to be excluded for this item, which is not for publication by virtue of ${exemptUnder(
            [exemption],
          )}.`,
          {},
          { bold: true },
        ),
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
  return {
    kind: 'agenda',
    edition: record.edition,
    title: `${committee.name}: agenda, ${date}`,
    subject: record.edition === 'public' ? 'Agenda (public)' : 'Agenda (confidential)',
    author: style.councilName,
    banner: record.edition === 'confidential' ? notForPublication(exemptions) : [],
    style,
    blocks,
  };
}
