// Everything a Word document of a meeting says, read in one go from the store. The public version
// is made here, before any document is built: an exempt item keeps only its title, its Schedule 12A
// paragraph and the decision wording the officer marked publishable, so nothing confidential can
// reach a public file whatever the document code does with the record.
import { membersOn, type TextSection } from '../../shared/attendance';
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
import { attendanceBlock } from '../store/attendance';
import type { Db } from '../store/database';
import { listDecisions } from '../store/decisions';
import { listItemPeople } from '../store/itemPeople';
import { listMembers } from '../store/memberships';
import { getMinutes } from '../store/minutes';
import { listPeople } from '../store/people';
import { getReport } from '../store/reports';
import { getHouseStyle } from '../store/settings';
import { approvedSnapshot } from '../store/approvals';

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

/**
 * Reads a meeting whole, in one read transaction so the document is of one moment. Minutes that
 * have been approved are read as approved (the snapshot), unless `version` is 'current'.
 */
export function readMeetingRecord(
  db: Db,
  meetingId: string,
  edition: Edition,
  version: 'approved' | 'current' = 'approved',
): MeetingRecord {
  const record = db
    .transaction(() => {
      const snapshot = version === 'approved' ? approvedSnapshot(db, meetingId) : null;
      return snapshot === null ? readAll(db, meetingId) : fromSnapshot(snapshot, getHouseStyle(db).value);
    })
    .deferred();
  return edition === 'public' ? forPublication(record) : record;
}

/**
 * The whole record, confidential parts included, as JSON to keep as the approved version. The
 * house style is left out: it is how the record looks, applied when a document is made.
 */
export function snapshotOf(record: MeetingRecord): string {
  const { style: _style, people, ...rest } = record;
  return JSON.stringify({ snapshotFormat: 1, ...rest, people: [...people.values()] });
}

function fromSnapshot(json: string, style: HouseStyle): MeetingRecord {
  const {
    snapshotFormat: _format,
    people,
    ...rest
  } = JSON.parse(json) as Omit<MeetingRecord, 'people' | 'style'> & {
    snapshotFormat: number;
    people: Person[];
  };
  return { ...rest, style, people: new Map(people.map((person) => [person.id, person])) };
}

/** The record as it stands now, confidential parts included. */
export function readAll(db: Db, meetingId: string): MeetingRecord {
  const detail = meetingDetail(db, meetingId);
  const people = new Map(listPeople(db).map((person) => [person.id, person]));
  const person = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  return {
    edition: 'confidential',
    style: getHouseStyle(db).value,
    detail,
    members: membersOn(listMembers(db, detail.committee.id), detail.meeting.date),
    contactOfficer: person(detail.meeting.contactOfficerId),
    attendance: attendanceBlock(db, detail),
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
