// Which part of the record each mutation may change, so the router can keep the audit trail
// (electron/store/audit.ts) for every change after a meeting's end, whoever makes it. Every mutation
// is listed: a new one does not compile until it says what it changes, or why it is not audited.
import type { MutationName, ParsedInput } from '../../shared/api';
import type { AuditSubject } from '../../shared/domain';
import {
  itemOfDecision,
  meetingOfDeclaration,
  meetingOfItem,
  meetingOfMovement,
  type AuditScope,
} from '../store/audit';
import type { Db } from '../store/database';

type ScopesOf<M extends MutationName> = (input: ParsedInput<M>, db: Db) => AuditScope[];

/** A mutation that changes no meeting's record (the directory, settings, actions, updates…). */
const NOT_AUDITED = 'not audited';

function itemPart(db: Db, itemId: string | undefined, subject: AuditSubject): AuditScope[] {
  const meetingId = itemId && meetingOfItem(db, itemId);
  return meetingId ? [{ meetingId, itemId, subject }] : [];
}

const meetingPart = (meetingId: string | undefined, subject: AuditSubject): AuditScope[] =>
  meetingId ? [{ meetingId, itemId: null, subject }] : [];

const attendance = ({ meetingId }: { meetingId: string }): AuditScope[] =>
  meetingPart(meetingId, 'attendance');

export const auditScopes: { [M in MutationName]: ScopesOf<M> | typeof NOT_AUDITED } = {
  'meetings.update': ({ id }) => meetingPart(id, 'meeting'),
  // The item added, removed or moved, not the whole agenda (whose other numbers follow from it).
  'items.create': ({ meetingId }) => [{ meetingId, itemId: null, subject: 'agenda', created: true }],
  'items.update': ({ id }, db) => itemPart(db, id, 'item'),
  'items.delete': ({ id }, db) => itemPart(db, id, 'agenda'),
  'items.move': ({ id }, db) => itemPart(db, id, 'agenda'),
  'minutes.save': ({ itemId }, db) => itemPart(db, itemId, 'minutes'),
  'minutes.saveChanges': ({ itemId }, db) => itemPart(db, itemId, 'minutes'),
  // Kept text is not the record: keeping or discarding it changes nothing there, so it is not read
  // before and after; its handlers put an entry in the trail themselves (store/audit.ts recordKept),
  // one a refusal and one a discarding, without the text. Using it is a save.
  'keptMinutes.keep': NOT_AUDITED,
  'keptMinutes.discard': NOT_AUDITED,
  'keptMinutes.use': ({ itemId }, db) => itemPart(db, itemId, 'minutes'),
  'decisions.create': ({ itemId }, db) => itemPart(db, itemId, 'decisions'),
  'decisions.update': ({ id }, db) => itemPart(db, itemOfDecision(db, id), 'decisions'),
  'decisions.delete': ({ id }, db) => itemPart(db, itemOfDecision(db, id), 'decisions'),
  'itemPeople.set': ({ itemId }, db) => itemPart(db, itemId, 'people'),
  'reports.save': ({ itemId }, db) => itemPart(db, itemId, 'report'),
  'attendance.setMember': attendance,
  'attendance.setSubstitute': attendance,
  'attendance.addAttendee': attendance,
  'attendance.updateAttendee': attendance,
  'attendance.removeAttendee': attendance,
  'attendance.addMovement': attendance,
  'attendance.removeMovement': ({ id }, db) => meetingPart(meetingOfMovement(db, id), 'attendance'),
  'attendance.setText': attendance,
  'declarations.add': attendance,
  'declarations.update': ({ id }, db) => meetingPart(meetingOfDeclaration(db, id), 'attendance'),
  'declarations.remove': ({ id }, db) => meetingPart(meetingOfDeclaration(db, id), 'attendance'),
  'imports.commit': ({ target }) => [
    ...meetingPart(target.meetingId, 'agenda'),
    ...meetingPart(target.meetingId, 'attendance'),
  ],
  // Approving and reopening are recorded in the trail by their own handlers, with the reason.
  'meetings.approve': NOT_AUDITED,
  'meetings.reopen': NOT_AUDITED,
  // A meeting that is new has no record yet; one deleted takes its trail with it (an approved
  // meeting, or one that approved another, cannot be deleted).
  'meetings.create': NOT_AUDITED,
  'meetings.delete': NOT_AUDITED,
  // Actions and later updates are kept beside the record, not in it (they stay editable after
  // approval). An item's report is fixed with the minutes (migration 014) and audited like them.
  'actions.create': NOT_AUDITED,
  'actions.update': NOT_AUDITED,
  'actions.delete': NOT_AUDITED,
  'updates.create': NOT_AUDITED,
  'updates.update': NOT_AUDITED,
  'updates.delete': NOT_AUDITED,
  // The directory, committees and their membership, the house style and the sample council are
  // not any meeting's record.
  'committees.create': NOT_AUDITED,
  'committees.update': NOT_AUDITED,
  'committees.delete': NOT_AUDITED,
  'memberships.add': NOT_AUDITED,
  'memberships.addNewPerson': NOT_AUDITED,
  'memberships.update': NOT_AUDITED,
  'memberships.remove': NOT_AUDITED,
  'people.create': NOT_AUDITED,
  'people.update': NOT_AUDITED,
  'people.delete': NOT_AUDITED,
  'houseStyle.save': NOT_AUDITED,
  'sample.load': NOT_AUDITED,
  // The statutory cycle (issue 18). The day the agenda went out, and a late item's urgency reason,
  // are part of the meeting's record (the minutes give the reason).
  'publication.publishAgenda': ({ meetingId }) => meetingPart(meetingId, 'meeting'),
  'publication.setItem': ({ itemId }, db) => itemPart(db, itemId, 'item'),
  // The Welsh note's publication, the notice of key decisions, decision notices and their
  // call-ins, officer decisions and the council's calendar are kept beside the record, not in it.
  'publication.publishNote': NOT_AUDITED,
  'calendar.save': NOT_AUDITED,
  'keyDecisions.create': NOT_AUDITED,
  'keyDecisions.update': NOT_AUDITED,
  'keyDecisions.delete': NOT_AUDITED,
  'decisionNotices.save': NOT_AUDITED,
  'callIns.record': NOT_AUDITED,
  'callIns.update': NOT_AUDITED,
  'callIns.delete': NOT_AUDITED,
  'officerDecisions.create': NOT_AUDITED,
  'officerDecisions.update': NOT_AUDITED,
  'officerDecisions.delete': NOT_AUDITED,
};
