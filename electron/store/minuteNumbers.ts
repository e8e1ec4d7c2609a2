// Minute numbers as the minutes give them: they run on through the committee's municipal year, in its
// numbering scheme; an imported item keeps the number it was published with; where the house style
// makes the resolution excluding the public a minute of its own, that minute takes a number too, here
// and in the count every later meeting of the year continues from; approved minutes keep the numbers
// they were approved with; and no number is given twice in a year (the rule: numberMeetingInYear).
import type { AgendaItem, Meeting } from '../../shared/domain';
import { exclusionPoints, recordsExclusion, saysExclusion } from '../../shared/exemption';
import {
  municipalYearBounds,
  numberMeetingInYear,
  type MinuteNumbering,
  type NumberingMeeting,
} from '../../shared/numbering';
import type { Db } from './database';
import { approvedMinuteNumbers } from './approvals';
import { listDecisions } from './decisions';
import { getMinutes } from './minutes';
import { getHouseStyle } from './houseStyle';
import { statement } from './rows';

export type { MinuteNumbering };

type NumberedItem = Pick<AgendaItem, 'id' | 'number' | 'exempt'>;

interface YearRow {
  meeting_id: string;
  approved_at: string | null;
  id: string | null;
  position: number | null;
  exempt: number | null;
  published_number: string | null;
}

/**
 * The items (in agenda order) a numbered exclusion minute comes before: each run of exempt items the
 * item before does not already resolve for, unless its first item keeps a published number (an
 * imported meeting numbered its own minutes).
 */
function numberedExclusions(db: Db, items: NumberedItem[], published: Record<string, string>): Set<string> {
  // As the minutes (shared/document/minutes.ts) decide: the council's own words for the exclusion,
  // in the item before or in the exempt item's own text, stand for the resolution.
  const said = (id: string) => saysExclusion(getMinutes(db, id).doc);
  const points = exclusionPoints(
    items,
    (item) => item.exempt,
    (item) => recordsExclusion(listDecisions(db, item.id)) || said(item.id),
  ).filter((index) => !said(items[index]!.id));
  return new Set(points.map((index) => items[index]!.id).filter((id) => published[id] === undefined));
}

/** Each item's minute number, and each numbered exclusion minute's, for one meeting. */
export function minuteNumbering(
  db: Db,
  meeting: Meeting,
  numberingScheme: string,
  items: NumberedItem[],
): MinuteNumbering {
  const numbered = getHouseStyle(db).value.exclusionResolution === 'numbered minute';
  const { first, last } = municipalYearBounds(meeting.date);
  // The committee's meetings of the year in the order their minutes run (date, time, then id), each
  // with its items in agenda order.
  const rows = statement(
    db,
    `SELECT m.id AS meeting_id, m.approved_at, ai.id, ai.position, ai.exempt, ai.published_number
     FROM meetings m LEFT JOIN agenda_items ai ON ai.meeting_id = m.id
     WHERE m.committee_id = ? AND m.date BETWEEN ? AND ?
     ORDER BY m.date, m.start_time, m.id, ai.position`,
  ).all(meeting.committeeId, first, last) as YearRow[];
  const byMeeting = new Map<string, YearRow[]>();
  for (const row of rows) {
    const list = byMeeting.get(row.meeting_id) ?? [];
    if (row.id !== null) list.push(row);
    byMeeting.set(row.meeting_id, list);
  }
  const approvedAt = new Map(rows.map((row) => [row.meeting_id, row.approved_at]));
  // The meeting asked about, as given (its items as the caller has them).
  approvedAt.set(meeting.id, meeting.approvedAt);
  if (!byMeeting.has(meeting.id)) byMeeting.set(meeting.id, []);
  const target = [...items].sort((a, b) => a.number - b.number);

  // Exclusion minutes are worked out only for the meetings up to this one: the later meetings of
  // the year matter only for the numbers they have fixed.
  let reached = false;
  const year: NumberingMeeting[] = [];
  for (const [id, list] of byMeeting) {
    const publishedById = Object.fromEntries(
      list.filter((row) => row.published_number !== null).map((row) => [row.id!, row.published_number!]),
    );
    const numberedItems: NumberedItem[] =
      id === meeting.id
        ? target
        : list.map((row) => ({ id: row.id!, number: row.position!, exempt: row.exempt === 1 }));
    const exclusionsBefore =
      numbered && !reached ? numberedExclusions(db, numberedItems, publishedById) : new Set<string>();
    if (id === meeting.id) reached = true;
    year.push({
      id,
      items: numberedItems.map((item) => ({ id: item.id, published: publishedById[item.id] ?? null })),
      exclusionsBefore,
      approved: approvedAt.get(id) ? approvedMinuteNumbers(db, id) : null,
    });
  }
  return numberMeetingInYear(numberingScheme, meeting.date, year, meeting.id);
}
