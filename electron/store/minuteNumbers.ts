// Minute numbers as the minutes give them: they run on through the committee's municipal year, in its
// numbering scheme; an imported item keeps the number it was published with; and where the house style
// makes the resolution excluding the public a minute of its own, that minute takes a number too, here
// and in the count every later meeting of the year continues from. Approved minutes keep the numbers
// they were approved with.
import type { AgendaItem, Meeting } from '../../shared/domain';
import { exclusionPoints, recordsExclusion } from '../../shared/exemption';
import { formatMinuteNumber, municipalYearBounds } from '../../shared/numbering';
import type { Db } from './database';
import { itemsBeforeMeetingInYear, publishedNumbers } from './agendaItems';
import { approvedMinuteNumbers } from './approvals';
import { listDecisions } from './decisions';
import { getHouseStyle } from './houseStyle';
import { statement } from './rows';

export interface MinuteNumbering {
  minuteNumbers: Record<string, string>;
  exclusionMinutes: Record<string, string>;
}

type NumberedItem = Pick<AgendaItem, 'id' | 'number' | 'exempt'>;

/**
 * The items (in agenda order) a numbered exclusion minute comes before: each run of exempt items the
 * item before does not already resolve for, unless its first item keeps a published number (an
 * imported meeting numbered its own minutes).
 */
function numberedExclusions(db: Db, items: NumberedItem[], published: Record<string, string>): Set<string> {
  const points = exclusionPoints(
    items,
    (item) => item.exempt,
    (item) => recordsExclusion(listDecisions(db, item.id)),
  );
  return new Set(points.map((index) => items[index]!.id).filter((id) => published[id] === undefined));
}

/** How many numbered exclusion minutes the committee's earlier meetings of the year hold. */
function exclusionMinutesBefore(db: Db, meeting: Meeting, yearFirst: string): number {
  const rows = statement(
    db,
    `SELECT ai.id, ai.meeting_id, ai.position, ai.exempt, ai.published_number
     FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id
     WHERE m.committee_id = ? AND m.date >= ? AND (m.date, m.start_time, m.id) < (?, ?, ?)
     ORDER BY ai.meeting_id, ai.position`,
  ).all(meeting.committeeId, yearFirst, meeting.date, meeting.startTime, meeting.id) as {
    id: string;
    meeting_id: string;
    position: number;
    exempt: number;
    published_number: string | null;
  }[];
  const byMeeting = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byMeeting.get(row.meeting_id) ?? [];
    list.push(row);
    byMeeting.set(row.meeting_id, list);
  }
  let count = 0;
  for (const list of byMeeting.values()) {
    const items = list.map((row) => ({ id: row.id, number: row.position, exempt: row.exempt === 1 }));
    const published = Object.fromEntries(
      list.filter((row) => row.published_number !== null).map((row) => [row.id, row.published_number!]),
    );
    count += numberedExclusions(db, items, published).size;
  }
  return count;
}

/** Each item's minute number, and each numbered exclusion minute's, for one meeting. */
export function minuteNumbering(
  db: Db,
  meeting: Meeting,
  numberingScheme: string,
  items: NumberedItem[],
): MinuteNumbering {
  const numbered = getHouseStyle(db).value.exclusionResolution === 'numbered minute';
  const yearFirst = municipalYearBounds(meeting.date).first;
  const published = publishedNumbers(db, meeting.id);
  const exclusions = numbered ? numberedExclusions(db, items, published) : new Set<string>();
  let n =
    itemsBeforeMeetingInYear(db, meeting, yearFirst) +
    (numbered ? exclusionMinutesBefore(db, meeting, yearFirst) : 0);
  const minuteNumbers: Record<string, string> = {};
  const exclusionMinutes: Record<string, string> = {};
  for (const item of [...items].sort((a, b) => a.number - b.number)) {
    if (exclusions.has(item.id)) {
      n += 1;
      exclusionMinutes[item.id] = formatMinuteNumber(numberingScheme, n, meeting.date);
    }
    n += 1;
    minuteNumbers[item.id] = published[item.id] ?? formatMinuteNumber(numberingScheme, n, meeting.date);
  }
  // Approved minutes keep the numbers they were approved with: a meeting entered later with an
  // earlier date, or a new numbering scheme, must not renumber them anywhere they are shown.
  const approved = meeting.approvedAt === null ? null : approvedMinuteNumbers(db, meeting.id);
  if (approved === null) return { minuteNumbers, exclusionMinutes };
  return {
    minuteNumbers: { ...minuteNumbers, ...approved.minuteNumbers },
    exclusionMinutes: approved.exclusionMinutes ?? exclusionMinutes,
  };
}
