// Everything a Word document of a meeting says, read in one go from the store. The public version
// is made here, before any document is built: an exempt item keeps only its title, its Schedule 12A
// paragraph and the decision wording the officer marked publishable, so nothing confidential can
// reach a public file whatever the document code does with the record.
import { attendanceText, membersOn, textSections, type TextSection } from '../../shared/attendance';
import type { Decision } from '../../shared/decisions';
import type {
  Action,
  AgendaItem,
  ItemPerson,
  ItemReport,
  ItemUpdate,
  MeetingDetail,
  Membership,
  Person,
} from '../../shared/domain';
import type { HouseStyle } from '../../shared/houseStyle';
import type { RichDoc } from '../../shared/richText';
import { meetingDetail } from '../api/handlers/meetings';
import { listActions, listUpdates } from '../store/actions';
import { getAttendance } from '../store/attendance';
import type { Db } from '../store/database';
import { listDecisions } from '../store/decisions';
import { listItemPeople } from '../store/itemPeople';
import { listMembers } from '../store/memberships';
import { getMinutes } from '../store/minutes';
import { listPeople } from '../store/people';
import { getReport } from '../store/reports';
import { getHouseStyle } from '../store/settings';

export type Edition = 'public' | 'confidential';

export interface ItemRecord {
  item: AgendaItem;
  minuteNumber: string;
  leadOfficer: Person | null;
  minutes: RichDoc | null;
  people: ItemPerson[];
  decisions: Decision[];
  actions: Action[];
  updates: ItemUpdate[];
  report: ItemReport;
  /** In the public edition, an exempt item: the only decision wording that may be published. */
  withheld: { publicWording: string[] } | null;
}

export interface MeetingRecord {
  edition: Edition;
  style: HouseStyle;
  detail: MeetingDetail;
  members: Membership[];
  contactOfficer: Person | null;
  /** The attendance block's sentences, the officer's own wording where it replaces ours. */
  attendance: Record<TextSection, string>;
  people: Map<string, Person>;
  items: ItemRecord[];
}

/** Reads a meeting whole, in one read transaction so the document is of one moment. */
export function readMeetingRecord(db: Db, meetingId: string, edition: Edition): MeetingRecord {
  const record = db.transaction(() => readAll(db, meetingId)).deferred();
  return edition === 'public' ? forPublication(record) : record;
}

function readAll(db: Db, meetingId: string): MeetingRecord {
  const detail = meetingDetail(db, meetingId);
  const people = new Map(listPeople(db).map((person) => [person.id, person]));
  const attendance = getAttendance(db, detail);
  const generated = attendanceText(attendance.register);
  const text = Object.fromEntries(
    textSections.map((section) => [
      section,
      attendance.overrides.find((override) => override.section === section)?.text ?? generated[section],
    ]),
  ) as Record<TextSection, string>;
  const person = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  return {
    edition: 'confidential',
    style: getHouseStyle(db).value,
    detail,
    members: membersOn(listMembers(db, detail.committee.id), detail.meeting.date),
    contactOfficer: person(detail.meeting.contactOfficerId),
    attendance: text,
    people,
    items: detail.items.map((item) => ({
      item,
      minuteNumber: detail.minuteNumbers[item.id] ?? String(item.number),
      leadOfficer: person(item.leadOfficerId),
      minutes: getMinutes(db, item.id).doc,
      people: listItemPeople(db, item.id),
      decisions: listDecisions(db, item.id),
      actions: listActions(db, item.id),
      updates: listUpdates(db, item.id),
      report: getReport(db, item.id),
      withheld: null,
    })),
  };
}

/** The record as the public may see it. */
export function forPublication(record: MeetingRecord): MeetingRecord {
  return {
    ...record,
    edition: 'public',
    items: record.items.map((entry) => (entry.item.exempt ? withheld(entry) : entry)),
  };
}

function withheld(entry: ItemRecord): ItemRecord {
  const { item } = entry;
  return {
    item: { ...item, purpose: '', leadOfficerId: null },
    minuteNumber: entry.minuteNumber,
    leadOfficer: null,
    minutes: null,
    people: [],
    decisions: [],
    actions: [],
    updates: [],
    report: { ...entry.report, doc: null, contactPoints: '', backgroundPapers: '' },
    withheld: {
      publicWording: entry.decisions.map((decision) => decision.publicWording.trim()).filter(Boolean),
    },
  };
}

/** Whether a meeting has anything a public edition leaves out. */
export const hasExemptItems = (record: MeetingRecord): boolean =>
  record.items.some((entry) => entry.item.exempt);
