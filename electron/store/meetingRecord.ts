// A meeting's record read from the store: its detail (items and minute numbers), the whole record
// in one read transaction, the approved version kept whole (a snapshot), and the public edition,
// made here before any document is built: an exempt item keeps only its title, its Schedule 12A
// paragraph and the decision wording the officer marked publishable, so nothing confidential can
// reach a public file whatever the document code does with the record.
import { chairTitleOf, itemDeclarationText, membersOn } from '../../shared/attendance';
import type { MeetingDetail, Person } from '../../shared/domain';
import type { HouseStyle } from '../../shared/houseStyle';
import type { Edition, ItemRecord, MeetingRecord } from '../../shared/meetingRecord';
import { listActions } from './actions';
import { listUpdates } from './updates';
import { listAgendaItems } from './agendaItems';
import { approvedSnapshot, listApprovals } from './approvals';
import { attendanceBlockOf, getAttendance } from './attendance';
import { getCommittee } from './committees';
import type { Db } from './database';
import { listDecisions } from './decisions';
import { listItemPeople } from './itemPeople';
import { getMeeting } from './meetings';
import { listMembers } from './memberships';
import { getMinutes } from './minutes';
import { listPeople } from './people';
import { getReport } from './reports';
import { getHouseStyle } from './houseStyle';
import { meetingDeadlines } from '../../shared/statutory';
import { committeeCalendar } from './houseCalendar';
import { itemPublications } from './publication';
import { minuteNumbering } from './minuteNumbers';
import { recordForDocument } from './recordText';

/** A meeting with its committee, its agenda and each item's minute number as the minutes give it. */
export function meetingDetail(db: Db, id: string): MeetingDetail {
  const meeting = getMeeting(db, id);
  const committee = getCommittee(db, meeting.committeeId);
  const items = listAgendaItems(db, id);
  const { minuteNumbers, exclusionMinutes } = minuteNumbering(db, meeting, committee.numberingScheme, items);
  return { meeting, committee, items, minuteNumbers, exclusionMinutes, approvals: listApprovals(db, id) };
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
  const read = db
    .transaction(() => {
      const snapshot = version === 'approved' ? approvedSnapshot(db, meetingId) : null;
      return snapshot === null ? readAll(db, meetingId) : fromSnapshot(snapshot, getHouseStyle(db).value);
    })
    .deferred();
  const record = recordForDocument(read);
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
  // A version approved before the end time, the exclusion minutes' numbers and the declarations at
  // each item were kept has none of them, and is given back as it was approved: without them.
  const { detail } = rest;
  return {
    ...rest,
    detail: {
      ...detail,
      meeting: { ...detail.meeting, endTime: detail.meeting.endTime ?? null },
      exclusionMinutes: detail.exclusionMinutes ?? {},
    },
    items: rest.items.map((entry) => ({ ...entry, declarations: entry.declarations ?? [] })),
    style,
    people: new Map(people.map((person) => [person.id, person])),
  };
}

/** The record as it stands now, confidential parts included. */
export function readAll(db: Db, meetingId: string): MeetingRecord {
  const detail = meetingDetail(db, meetingId);
  const people = new Map(listPeople(db).map((person) => [person.id, person]));
  const person = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  const urgent = urgencyReasons(db, detail);
  const read = getAttendance(db, detail);
  const { register } = read;
  return {
    edition: 'confidential',
    style: getHouseStyle(db).value,
    detail,
    members: membersOn(listMembers(db, detail.committee.id), detail.meeting.date),
    contactOfficer: person(detail.meeting.contactOfficerId),
    attendance: attendanceBlockOf(read),
    publicDeclarations: attendanceBlockOf(read, 'public').declarations,
    chairTitle: chairTitleOf(register),
    saidOnce: true,
    declarationsOnce: true,
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
      declarations: itemDeclarationText(register, item.id),
      withheld: null,
      urgency: urgent.has(item.id) ? { reason: urgent.get(item.id)! } : null,
    })),
  };
}

/** The chair's urgency reason of each late item that has one, by item id. */
function urgencyReasons(db: Db, detail: MeetingDetail): Map<string, string> {
  const deadlines = meetingDeadlines({
    meeting: detail.meeting,
    items: detail.items,
    publications: itemPublications(db, detail.meeting.id),
    settings: committeeCalendar(db, detail.committee),
  });
  return new Map(
    deadlines.items
      .filter((item) => item.late && item.urgencyReason.trim() !== '')
      .map((item) => [item.itemId, item.urgencyReason.trim()]),
  );
}

/** The record as the public may see it. */
export function forPublication(record: MeetingRecord): MeetingRecord {
  return {
    ...record,
    edition: 'public',
    attendance: {
      ...record.attendance,
      declarations: record.publicDeclarations ?? record.attendance.declarations,
    },
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
    declarations: [],
    withheld: {
      publicWording: entry.decisions.map((decision) => decision.publicWording.trim()).filter(Boolean),
    },
    // That it was taken as urgent, not the circumstances, which may be the exempt information.
    urgency: entry.urgency ? { reason: '' } : null,
  };
}
