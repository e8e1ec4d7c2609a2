// The minutes of a meeting in the council's house style: heading block, attendance and declarations,
// then each minute with its narrative, people, decisions, actions and updates, the resolution
// excluding the public before exempt business, and when the meeting ended; marked as a draft until
// approved, then with the chair's signature block, kept on the page of the paragraph before it.
import { pushAll } from '../arrays';
import type { Person } from '../domain';
import {
  exclusionPoints,
  exclusionResolution,
  exemptRun,
  notForPublication,
  exemptUnder,
  recordsExclusion,
  saysExclusion,
} from '../exemption';
import { exemptionOf, type Exemption } from '../exemptBasis';
import { capitalise, formatPersonName, formatTime } from '../format';
import { formatDate, headingCased, minuteHeading } from '../houseStyle';
import type { ItemRecord, MeetingRecord } from '../meetingRecord';
import { urgencyMinute } from '../statutory/wording';
import { decisionBlocks, keywordRun, nameOf } from './decisions';
import type { Block, DocumentModel } from './model';
import { heading, Lists, paragraph, richBlocks, runs, table } from './text';
import { plainText } from '../richText';

export function minutesModel(record: MeetingRecord): DocumentModel {
  const { style, detail } = record;
  const { meeting, committee } = detail;
  const lists = new Lists();
  const time = formatTime(meeting.startTime);
  const when = `${formatDate(meeting.date, style.dateFormat)}${time ? ` at ${time}` : ''}`;
  // Where the meeting has a declarations item, the declarations are printed there, once.
  const declarationsItem = record.declarationsOnce
    ? (record.items.find((entry) => !entry.item.exempt && isDeclarationsItem(entry.item.title)) ?? null)
    : null;
  const blocks: Block[] = [
    paragraph(style.councilName),
    heading(committee.name, 0),
    paragraph(`Minutes of the meeting held ${meeting.venue ? `at ${meeting.venue} ` : ''}on ${when}`),
    ...attendanceBlocks(record, declarationsItem),
    heading('Minutes', 1),
  ];
  const isExempt = (entry: ItemRecord) => entry.item.exempt;
  // The council's own words for the exclusion, where its minutes give them (in the item before, or
  // in the exempt item's own text where this edition prints it), are printed once, not followed by
  // a generated resolution.
  const exclusions = new Set(
    exclusionPoints(
      record.items,
      isExempt,
      (entry) => recordsExclusion(entry.decisions) || (!!record.saidOnce && saysExclusion(entry.minutes)),
    ).filter((index) => {
      const entry = record.items[index]!;
      return !record.saidOnce || entry.withheld !== null || !saysExclusion(entry.minutes);
    }),
  );
  const exemptions: Exemption[] = [];
  record.items.forEach((entry, index) => {
    if (exclusions.has(index))
      pushAll(blocks, exclusionBlocks(record, entry, exemptRun(record.items, index, isExempt)));
    const exemption = exemptionOf(entry.item);
    if (exemption) exemptions.push(exemption);
    pushAll(blocks, itemBlocks(record, entry, lists, declarationsItem));
  });
  const approved = meeting.status === 'minutes approved';
  if (meeting.endTime) blocks.push(paragraph(`The meeting ended at ${formatTime(meeting.endTime)}.`));
  if (approved) {
    // The signature block never stands alone on the last page: what comes before it goes with it.
    const last = blocks.at(-1);
    if (last?.type === 'paragraph') last.keepNext = true;
    pushAll(blocks, signatureBlock(record.chairTitle || 'Chair'));
  }
  const banner = [
    ...(record.edition === 'confidential' ? notForPublication(exemptions) : []),
    ...(approved ? [] : ['DRAFT — subject to approval']),
  ];
  return {
    kind: 'minutes',
    edition: record.edition,
    title: `${committee.name}: minutes, ${formatDate(meeting.date, style.dateFormat)}`,
    subject: record.edition === 'public' ? 'Minutes (public)' : 'Minutes (confidential)',
    author: style.councilName,
    banner,
    style,
    blocks,
  };
}

/**
 * The resolution excluding the public, before a run of exempt items: a minute of its own when the
 * house style numbers it (the number worked out with the others' in the store), else under its own
 * heading, so it never reads as part of the minute before.
 */
function exclusionBlocks(record: MeetingRecord, first: ItemRecord, run: ItemRecord[]): Block[] {
  const { style, detail } = record;
  const resolution = exclusionResolution(
    run.flatMap((entry) => exemptionOf(entry.item) ?? []),
    run.length,
  );
  // Approved before the numbers were kept, or numbered by the council itself (imported): its heading.
  const number = detail.exclusionMinutes?.[first.item.id];
  const title = 'Exclusion of the public';
  return [
    heading(number ? minuteHeading(style, number, title) : headingCased(style, title), 2),
    {
      type: 'paragraph',
      runs: [keywordRun(style, 'RESOLVED'), ...runs(resolution.replace(/^RESOLVED/, ''))],
    },
  ];
}

/** "Declarations of interest", "Declarations of Members' Interests", "Disclosures of interest". */
export const isDeclarationsItem = (title: string): boolean =>
  /^\s*(?:\d+[.)]?\s*)?(?:declarations?|disclosures?)\b.*\binterests?\b/i.test(title);

/**
 * The declarations section: a paragraph for each line the officer's (or the council's) wording gives,
 * as written; approved before this was kept, one paragraph as it was approved.
 */
function declarationsParagraphs(record: MeetingRecord): Block[] {
  const text = record.attendance.declarations || 'No declarations of interest were made.';
  if (!record.declarationsOnce) return [paragraph(text)];
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => paragraph(line.trim()));
}

function attendanceBlocks(record: MeetingRecord, declarationsItem: ItemRecord | null): Block[] {
  const { attendance } = record;
  const sentences = [
    attendance.present,
    attendance.apologies,
    attendance.substitutes,
    attendance.officers,
    attendance.others,
    attendance.movements,
  ].filter((sentence) => sentence.trim() !== '');
  return [
    heading('Attendance', 1),
    ...(sentences.length ? sentences : ['The attendance was not recorded.']).map((s) => paragraph(s)),
    ...(declarationsItem ? [] : [heading('Declarations of interest', 1), ...declarationsParagraphs(record)]),
  ];
}

function itemBlocks(
  record: MeetingRecord,
  entry: ItemRecord,
  lists: Lists,
  declarationsItem: ItemRecord | null,
): Block[] {
  const { style } = record;
  const { item } = entry;
  const blocks: Block[] = [heading(minuteHeading(style, entry.minuteNumber, item.title), 2)];
  if (entry.urgency)
    blocks.push(paragraph(urgencyMinute(record.detail.committee.nation, entry.urgency.reason)));
  if (entry.withheld) {
    blocks.push(
      paragraph(
        `This item was considered in private. Its minutes are not for publication by virtue of ${exemptUnder([
          exemptionOf(item) ?? { basis: 'schedule 12A', paragraph: null },
        ])}.`,
      ),
    );
    for (const wording of entry.withheld.publicWording) blocks.push(paragraph(wording));
    return blocks;
  }
  const exemption = exemptionOf(item);
  if (exemption) {
    blocks.push(
      paragraph(`Exempt: not for publication by virtue of ${exemptUnder([exemption])}.`, {}, { bold: true }),
    );
  }
  // As published minutes give it (seeds 000–003): the item's purpose under its heading.
  if (item.purpose) blocks.push(paragraph(item.purpose, {}, { italics: true }));
  if (entry === declarationsItem) pushAll(blocks, declarationsParagraphs(record));
  // Each declaration is printed once (declarationsOnce): in the declarations item, or else in the
  // declarations section before the minutes, which gives the withdrawal too. Versions approved
  // before that was kept print them at the item as well, as they were approved.
  if (!record.declarationsOnce)
    for (const declaration of entry.declarations ?? []) blocks.push(paragraph(declaration));
  const presenters = entry.people.filter((p) => p.role === 'presenter');
  if (presenters.length) {
    blocks.push(
      paragraph(`Presented by ${presenters.map((p) => described(p.person, p.capacity)).join('; ')}.`),
    );
  }
  pushAll(blocks, richBlocks(entry.minutes, lists));
  const attendees = entry.people.filter((p) => p.role === 'attendee');
  if (attendees.length) {
    blocks.push(paragraph('The following were in attendance:'));
    const instance = lists.instance();
    for (const attendee of attendees) {
      blocks.push(
        paragraph(described(attendee.person, attendee.capacity, ', '), {
          list: { kind: 'bullet', instance, level: 0 },
        }),
      );
    }
  }
  const said = record.saidOnce && entry.minutes ? plainText(entry.minutes) : '';
  for (const decision of entry.decisions) pushAll(blocks, decisionBlocks(record, decision, lists, said));
  if (entry.actions.length) {
    blocks.push(heading('Actions', 3));
    blocks.push(
      table(
        ['Action', 'Owner', 'Due', 'Status'],
        entry.actions.map((action) => [
          action.text,
          nameOf(record, action.ownerId),
          action.dueOn ? formatDate(action.dueOn, style.dateFormat) : '',
          capitalise(action.status),
        ]),
      ),
    );
  }
  for (const update of entry.updates) {
    blocks.push(heading(update.heading || 'Update after the meeting', 3));
    pushAll(blocks, richBlocks(update.doc, lists, { headings: [4, 4] }));
  }
  return blocks;
}

function described(person: Person, capacity: string, separator = ' ('): string {
  const role = capacity || person.role;
  const name = formatPersonName(person);
  if (!role) return name;
  return separator === ', ' ? `${name}, ${role}` : `${name} (${role})`;
}

function signatureBlock(title: string): Block[] {
  return [
    paragraph(`Signed ……………………………………………… ${title}`, { spaceBefore: 36, keepNext: true, keepLines: true }),
    paragraph('Date ………………………………………………', { keepLines: true }),
  ];
}
