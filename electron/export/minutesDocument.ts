// The minutes of a meeting as Word lays them out in the council's house style: heading block,
// attendance and declarations, then each minute with its narrative, people, decisions, actions
// and updates; marked as a draft until approved, then with the chair's signature block.
import { voteResult, type Decision } from '../../shared/decisions';
import { excludesPublic, exclusionResolution, notForPublication, schedule12A } from '../../shared/exemption';
import { plainText } from '../../shared/richText';
import { formatPersonName, formatTime } from '../../shared/format';
import { formatDate, minuteHeading, type HouseStyle } from '../../shared/houseStyle';
import type { Person } from '../../shared/domain';
import type { ItemRecord, MeetingRecord } from '../../shared/meetingRecord';
import {
  Lists,
  Paragraph,
  TextRun,
  clean,
  hasWords,
  heading,
  inlineRuns,
  numberingReference,
  paragraph,
  richBlocks,
  runs,
  table,
  title,
  wordDocument,
  type Block,
} from './word';
import { pushAll } from '../../shared/arrays';
import { urgencyMinute } from '../../shared/statutory/wording';

export function minutesDocument(record: MeetingRecord) {
  const { style, detail } = record;
  const { meeting, committee } = detail;
  const lists = new Lists();
  const when = `${formatDate(meeting.date, style.dateFormat)} at ${formatTime(meeting.startTime)}`;
  const blocks: Block[] = [
    paragraph(style.councilName),
    title(committee.name),
    paragraph(`Minutes of the meeting held ${meeting.venue ? `at ${meeting.venue} ` : ''}on ${when}`),
    ...attendanceBlocks(record),
    heading('Minutes', 1),
  ];
  const exemptParagraphs: number[] = [];
  record.items.forEach((entry, index) => {
    const previous = record.items[index - 1];
    // Minutes that record the resolution themselves (imported ones, in an item of their own) keep theirs.
    if (entry.item.exempt && !previous?.item.exempt && !(previous && recordsExclusion(previous))) {
      const run = record.items.slice(index).findIndex((next) => !next.item.exempt);
      const exemptRun = record.items.slice(index, run === -1 ? undefined : index + run);
      const resolution = exclusionResolution(
        exemptRun.map((next) => next.item.exemptParagraph ?? 0),
        exemptRun.length,
      );
      blocks.push(
        new Paragraph({
          children: [keywordRun(style, 'RESOLVED'), ...runs(resolution.replace(/^RESOLVED/, ''))],
        }),
      );
    }
    if (entry.item.exempt && entry.item.exemptParagraph) exemptParagraphs.push(entry.item.exemptParagraph);
    pushAll(blocks, itemBlocks(record, entry, lists));
  });
  const approved = meeting.status === 'minutes approved';
  if (approved) pushAll(blocks, signatureBlock());
  const banner = [
    ...(record.edition === 'confidential' ? notForPublication(exemptParagraphs) : []),
    ...(approved ? [] : ['DRAFT — subject to approval']),
  ];
  return wordDocument({
    style,
    title: `${committee.name}: minutes, ${formatDate(meeting.date, style.dateFormat)}`,
    subject: record.edition === 'public' ? 'Minutes (public)' : 'Minutes (confidential)',
    marking: { banner },
    children: blocks,
  });
}

function recordsExclusion(entry: MeetingRecord['items'][number]): boolean {
  return entry.decisions.some(
    (decision) =>
      excludesPublic.test(decision.preamble) ||
      decision.clauses.some((clause) => excludesPublic.test(plainText(clause.doc))),
  );
}

function attendanceBlocks(record: MeetingRecord): Block[] {
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
    heading('Declarations of interest', 1),
    paragraph(attendance.declarations || 'No declarations of interest were made.'),
  ];
}

function itemBlocks(record: MeetingRecord, entry: ItemRecord, lists: Lists): Block[] {
  const { style } = record;
  const { item } = entry;
  const blocks: Block[] = [heading(minuteHeading(style, entry.minuteNumber, item.title), 2)];
  if (entry.urgency)
    blocks.push(paragraph(urgencyMinute(record.detail.committee.nation, entry.urgency.reason)));
  if (entry.withheld) {
    blocks.push(
      paragraph(
        `This item was considered in private. Its minutes are not for publication by virtue of ${schedule12A([
          item.exemptParagraph ?? 0,
        ])}.`,
      ),
    );
    for (const wording of entry.withheld.publicWording) blocks.push(paragraph(wording));
    return blocks;
  }
  if (item.exempt && item.exemptParagraph) {
    blocks.push(
      new Paragraph({
        children: runs(`Exempt: not for publication by virtue of ${schedule12A([item.exemptParagraph])}.`, {
          bold: true,
        }),
      }),
    );
  }
  // As published minutes give it (seeds 000–003): the item's purpose under its heading.
  if (item.purpose) blocks.push(new Paragraph({ children: runs(item.purpose, { italics: true }) }));
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
        new Paragraph({
          numbering: { reference: numberingReference.bullet, level: 0, instance },
          children: runs(described(attendee.person, attendee.capacity, ', ')),
        }),
      );
    }
  }
  for (const decision of entry.decisions) pushAll(blocks, decisionBlocks(record, decision, lists));
  if (entry.actions.length) {
    blocks.push(heading('Actions', 3));
    blocks.push(
      table(
        ['Action', 'Owner', 'Due', 'Status'],
        entry.actions.map((action) => [
          action.text,
          nameOf(record, action.ownerId),
          action.dueOn ? formatDate(action.dueOn, style.dateFormat) : '',
          capitalised(action.status),
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

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function described(person: Person, capacity: string, separator = ' ('): string {
  const role = capacity || person.role;
  const name = formatPersonName(person);
  if (!role) return name;
  return separator === ', ' ? `${name}, ${role}` : `${name} (${role})`;
}

function nameOf(record: MeetingRecord, personId: string | null): string {
  const person = personId ? record.people.get(personId) : undefined;
  return person ? formatPersonName(person) : '';
}

function keywordRun(style: HouseStyle, keyword: string): TextRun {
  const word = clean(keyword);
  switch (style.keywordStyle) {
    case 'bold capitals':
      return new TextRun({ text: word.toUpperCase(), bold: true });
    case 'bold':
      return new TextRun({ text: capitalised(word.toLowerCase()), bold: true });
    case 'capitals':
      return new TextRun({ text: word.toUpperCase() });
    case 'plain':
      return new TextRun({ text: capitalised(word.toLowerCase()) });
  }
}

/** "RESOLVED (unanimously) That …" or, with several clauses, "RESOLVED that:" then the clauses. */
function decisionBlocks(record: MeetingRecord, decision: Decision, lists: Lists): Block[] {
  const { style } = record;
  const blocks: Block[] = [];
  const mover = nameOf(record, decision.moverId);
  const seconder = nameOf(record, decision.seconderId);
  if (mover || seconder) {
    blocks.push(
      paragraph(
        mover && seconder
          ? `Moved by ${mover} and seconded by ${seconder}.`
          : mover
            ? `Moved by ${mover}.`
            : `Seconded by ${seconder}.`,
      ),
    );
  }
  const qualifier = decision.qualifier.trim();
  const lead = [
    keywordRun(style, decision.keyword),
    ...runs(qualifier ? (qualifier.startsWith('(') ? ` ${qualifier}` : ` (${qualifier})`) : ''),
    ...runs(decision.preamble ? ` ${decision.preamble}` : ''),
  ];
  const clauses = decision.clauses.filter((clause) => hasWords(clause.doc) || clause.groupHeading);
  if (clauses.length === 1 && !clauses[0]!.groupHeading) {
    // One clause is not numbered: it follows the keyword in the same paragraph.
    const [first, ...rest] = clauses[0]!.doc.content ?? [];
    const inline = first && first.type === 'paragraph' ? [new TextRun(' '), ...inlineRuns(first)] : [];
    blocks.push(new Paragraph({ children: [...lead, ...inline] }));
    pushAll(
      blocks,
      richBlocks(
        { type: 'doc', content: first?.type === 'paragraph' ? rest : clauses[0]!.doc.content },
        lists,
      ),
    );
  } else {
    const endsWithColon = /[:–-]\s*$/.test(decision.preamble);
    blocks.push(
      new Paragraph({ children: [...lead, ...(clauses.length && !endsWithColon ? runs(':') : [])] }),
    );
    const instance = lists.instance();
    const reference = numberingReference.clause(decision.clauseStyle);
    for (const clause of clauses) {
      if (clause.groupHeading) blocks.push(heading(clause.groupHeading, 4));
      const [first, ...rest] = clause.doc.content ?? [];
      if (first?.type === 'paragraph') {
        blocks.push(
          new Paragraph({ numbering: { reference, level: 0, instance }, children: inlineRuns(first) }),
        );
        pushAll(blocks, richBlocks({ type: 'doc', content: rest }, lists));
      } else {
        pushAll(blocks, richBlocks(clause.doc, lists));
      }
    }
  }
  pushAll(blocks, voteBlocks(record, decision));
  return blocks;
}

function voteBlocks(record: MeetingRecord, decision: Decision): Block[] {
  const { vote } = decision;
  if (vote.kind === 'none') return [];
  const result = voteResult(decision);
  const blocks: Block[] = [];
  if (vote.kind === 'recorded') {
    blocks.push(paragraph('A recorded vote was taken:'));
    const sorted = ['for', 'against', 'abstain'] as const;
    blocks.push(
      table(
        ['Member', 'Vote'],
        sorted.flatMap((choice) =>
          vote.recorded
            .filter((named) => named.vote === choice)
            .map((named) => [
              nameOf(record, named.personId),
              choice === 'abstain' ? 'Abstained' : capitalised(choice),
            ]),
        ),
      ),
    );
  }
  const figures = `For ${result.for}, against ${result.against}, abstentions ${result.abstain}.`;
  const casting = vote.castingVote
    ? ` The Chair used the casting vote ${vote.castingVote === 'for' ? 'for' : 'against'} the motion.`
    : '';
  const outcome =
    result.outcome === 'carried'
      ? ' The motion was carried.'
      : result.outcome === 'lost'
        ? ' The motion was lost.'
        : '';
  blocks.push(paragraph(`${figures}${casting}${outcome}`));
  return blocks;
}

function signatureBlock(): Block[] {
  return [
    new Paragraph({ spacing: { before: 720 }, children: runs('Signed ……………………………………………… Chair') }),
    paragraph('Date ………………………………………………'),
  ];
}
