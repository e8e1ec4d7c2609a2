// Which part of the record each mutation may change, so the router can keep the audit trail
// (electron/store/audit.ts) for every change after a meeting's end, whoever makes it.
import type { MethodName, ParsedInput } from '../../shared/api';
import type { AuditScope } from '../store/audit';
import type { AuditSubject } from '../../shared/domain';
import type { Db } from '../store/database';
import { statement } from '../store/rows';

type ScopesOf<M extends MethodName> = (input: ParsedInput<M>, db: Db) => AuditScope[];

const one = (sql: string, db: Db, id: string): string | undefined =>
  (statement(db, sql).get(id) as { value: string } | undefined)?.value;

const meetingOfItem = (db: Db, itemId: string) =>
  one('SELECT meeting_id AS value FROM agenda_items WHERE id = ?', db, itemId);

function itemPart(db: Db, itemId: string | undefined, subject: AuditSubject): AuditScope[] {
  const meetingId = itemId && meetingOfItem(db, itemId);
  return meetingId ? [{ meetingId, itemId, subject }] : [];
}

const meetingPart = (meetingId: string | undefined, subject: AuditSubject): AuditScope[] =>
  meetingId ? [{ meetingId, itemId: null, subject }] : [];

const itemOfDecision = (db: Db, id: string) =>
  one('SELECT item_id AS value FROM decisions WHERE id = ?', db, id);

const attendance = ({ meetingId }: { meetingId: string }): AuditScope[] =>
  meetingPart(meetingId, 'attendance');

export const auditScopes: { [M in MethodName]?: ScopesOf<M> } = {
  'meetings.update': ({ id }) => meetingPart(id, 'meeting'),
  // The item added, removed or moved, not the whole agenda (whose other numbers follow from it).
  'items.create': ({ meetingId }) => [{ meetingId, itemId: null, subject: 'agenda', created: true }],
  'items.update': ({ id }, db) => itemPart(db, id, 'item'),
  'items.delete': ({ id }, db) => itemPart(db, id, 'agenda'),
  'items.move': ({ id }, db) => itemPart(db, id, 'agenda'),
  'minutes.save': ({ itemId }, db) => itemPart(db, itemId, 'minutes'),
  'decisions.create': ({ itemId }, db) => itemPart(db, itemId, 'decisions'),
  'decisions.update': ({ id }, db) => itemPart(db, itemOfDecision(db, id), 'decisions'),
  'decisions.delete': ({ id }, db) => itemPart(db, itemOfDecision(db, id), 'decisions'),
  'itemPeople.set': ({ itemId }, db) => itemPart(db, itemId, 'people'),
  'attendance.setMember': attendance,
  'attendance.setSubstitute': attendance,
  'attendance.addAttendee': attendance,
  'attendance.updateAttendee': attendance,
  'attendance.removeAttendee': attendance,
  'attendance.addMovement': attendance,
  'attendance.removeMovement': ({ id }, db) =>
    meetingPart(
      one('SELECT meeting_id AS value FROM attendance_movements WHERE id = ?', db, id),
      'attendance',
    ),
  'attendance.setText': attendance,
  'declarations.add': attendance,
  'declarations.update': ({ id }, db) =>
    meetingPart(one('SELECT meeting_id AS value FROM declarations WHERE id = ?', db, id), 'attendance'),
  'imports.commit': ({ target }) => [
    ...meetingPart(target.meetingId, 'agenda'),
    ...meetingPart(target.meetingId, 'attendance'),
  ],
  'declarations.remove': ({ id }, db) =>
    meetingPart(one('SELECT meeting_id AS value FROM declarations WHERE id = ?', db, id), 'attendance'),
};
