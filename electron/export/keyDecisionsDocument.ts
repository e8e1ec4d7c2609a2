// The notice of key decisions (forward plan) of an executive body for a period, as regulation 9 of
// the 2012 Regulations asks: each matter, its decision maker (a body's members listed), the date,
// the documents and where to get them, whether it will be taken in private and why, and the route
// taken when 28 clear days' notice could not be given.
import { schedule12A } from '../../shared/exemption';
import { formatPersonName } from '../../shared/format';
import { formatDate, type HouseStyle } from '../../shared/houseStyle';
import type { KeyDecisionEntry, KeyDecisionsDocument } from '../../shared/statutory';
import type { Block } from '../../shared/document/model';
import { Lists, heading, paragraph, runs, table } from '../../shared/document/text';
import { wordDocument } from './word';

export const REG_9 =
  'regulation 9 of the Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012';

export function keyDecisionsDocument(notice: KeyDecisionsDocument) {
  const { style, committee } = notice;
  const date = (iso: string) => formatDate(iso, style.dateFormat);
  const lists = new Lists();
  const blocks: Block[] = [
    paragraph(style.councilName),
    heading('Notice of key decisions', 0),
    paragraph(`${committee.name}: key decisions to be taken from ${date(notice.from)} to ${date(notice.to)}`),
    paragraph(`Date of this notice: ${date(notice.madeOn)}`),
    paragraph(
      `This notice is given under ${REG_9}. It lists the key decisions to be taken on behalf of ${style.councilName} in the period, at least 28 clear days before each is made unless the notice says otherwise, and whether the decision is to be taken in a meeting from which the public may be excluded (regulation 5).`,
    ),
    paragraph(
      'Other documents relevant to these matters may be submitted to the decision maker. To ask for details of them as they become available, or for copies of the documents listed, contact the officer named for the decision.',
    ),
    heading(`Members of ${committee.name}`, 1),
  ];
  const members = lists.instance();
  for (const member of notice.members) {
    blocks.push({
      type: 'paragraph',
      list: { kind: 'bullet', instance: members, level: 0 },
      runs: runs(
        `${formatPersonName(member.person)}${member.role === 'chair' ? ' (Chair)' : member.role === 'vice-chair' ? ' (Vice-Chair)' : ''}`,
      ),
    });
  }
  if (!notice.members.length) blocks.push(paragraph('The membership has not been entered.'));
  blocks.push(heading('Key decisions', 1));
  if (!notice.entries.length) blocks.push(paragraph('No key decisions are to be taken in this period.'));
  for (const entry of notice.entries) {
    blocks.push(heading(entry.reference ? `${entry.reference}: ${entry.matter}` : entry.matter, 2));
    blocks.push(table(['Notice', 'Details'], entryRows(entry, style)));
  }
  return wordDocument({
    style,
    title: `${committee.name}: notice of key decisions, ${date(notice.from)} to ${date(notice.to)}`,
    subject: 'Notice of key decisions',
    author: style.councilName,
    edition: 'public',
    banner: [],
    blocks,
  });
}

function entryRows(entry: KeyDecisionEntry, style: HouseStyle): string[][] {
  const date = (iso: string) => formatDate(iso, style.dateFormat);
  const rows: string[][] = [
    ['Matter', entry.matter],
    ['Decision maker', entry.decisionMaker || 'To be confirmed'],
    ['Date of decision', date(entry.decisionDate)],
  ];
  if (entry.itemLabel) rows.push(['Meeting', entry.itemLabel]);
  rows.push(
    ['Documents to be submitted', entry.documents || 'The report to the decision maker'],
    ['Documents available from', entry.documentsFrom || entry.contact || 'The contact officer'],
    ['Contact', entry.contact || 'To be confirmed'],
    [
      'First published in this notice',
      entry.noticePublishedOn
        ? `${date(entry.noticePublishedOn)}${entry.check.clearDays === null ? '' : ` (${entry.check.clearDays} clear days before the decision)`}`
        : 'Not yet published',
    ],
    [
      'To be taken in private',
      entry.private && entry.exemptParagraph
        ? `Yes: the report is likely to contain exempt information under ${schedule12A([entry.exemptParagraph])}.${entry.privateReasons ? ` Reasons: ${entry.privateReasons}` : ''} Representations about the meeting being held in private may be made to the contact officer.`
        : 'No',
    ],
  );
  if (entry.urgencyRoute === 'general exception') {
    rows.push([
      'General exception (regulation 10)',
      [
        `28 clear days’ notice was impracticable.`,
        entry.routeAgreedBy &&
          `The chair of the relevant overview and scrutiny committee (${entry.routeAgreedBy}) was told in writing.`,
        entry.routeNoticeOn && `Notice given on ${date(entry.routeNoticeOn)}.`,
        entry.routeReasons && `Reasons: ${entry.routeReasons}`,
      ]
        .filter(Boolean)
        .join(' '),
    ]);
  }
  if (entry.urgencyRoute === 'special urgency') {
    rows.push([
      'Special urgency (regulation 11)',
      [
        'The decision is urgent and cannot reasonably be deferred.',
        entry.routeAgreedBy &&
          `Agreed by ${entry.routeAgreedBy}${entry.routeNoticeOn ? ` on ${date(entry.routeNoticeOn)}` : ''}.`,
        entry.routeReasons && `Reasons: ${entry.routeReasons}`,
      ]
        .filter(Boolean)
        .join(' '),
    ]);
  }
  if (entry.status !== 'planned')
    rows.push(['Status', entry.status === 'taken' ? 'Decision taken' : 'Withdrawn']);
  return rows;
}
