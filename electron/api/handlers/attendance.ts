// The attendance register, arrivals and departures, declarations and the officer's wording. Every
// change answers with the whole register as it now stands, so every screen shows the same thing.
import {
  addAttendee,
  addDeclaration,
  addMovement,
  clearMemberAttendance,
  getAttendance,
  removeAttendee,
  removeDeclaration,
  removeMovement,
  setMemberAttendance,
  setSubstitute,
  setTextOverride,
  updateAttendee,
  updateDeclaration,
} from '../../store/attendance';
import type { Db } from '../../store/database';
import type { Handlers } from '../router';
import { meetingDetail } from './meetings';

const detail = (db: Db, meetingId: string) => getAttendance(db, meetingDetail(db, meetingId));

export const attendanceHandlers = {
  'attendance.get': ({ meetingId }, { db }) => detail(db, meetingId),
  'attendance.setMember': ({ meetingId, personId, status, remote }, { db }) => {
    if (status === null) clearMemberAttendance(db, meetingId, personId);
    else setMemberAttendance(db, { meetingId, personId, status, remote });
    return detail(db, meetingId);
  },
  'attendance.setSubstitute': (input, { db }) => {
    setSubstitute(db, input);
    return detail(db, input.meetingId);
  },
  'attendance.addAttendee': (input, { db }) => {
    addAttendee(db, input);
    return detail(db, input.meetingId);
  },
  'attendance.updateAttendee': (input, { db }) => {
    updateAttendee(db, input);
    return detail(db, input.meetingId);
  },
  'attendance.removeAttendee': ({ meetingId, personId }, { db }) => {
    removeAttendee(db, meetingId, personId);
    return detail(db, meetingId);
  },
  'attendance.addMovement': (input, { db }) => {
    addMovement(db, input);
    return detail(db, input.meetingId);
  },
  'attendance.removeMovement': ({ id }, { db }) => detail(db, removeMovement(db, id)),
  'attendance.setText': ({ meetingId, section, text }, { db }) => {
    const meeting = meetingDetail(db, meetingId);
    setTextOverride(db, meeting, section, text);
    return getAttendance(db, meeting);
  },
  'declarations.add': ({ meetingId, ...fields }, { db }) => {
    addDeclaration(db, meetingId, fields);
    return detail(db, meetingId);
  },
  'declarations.update': ({ id, ...fields }, { db }) => detail(db, updateDeclaration(db, id, fields)),
  'declarations.remove': ({ id }, { db }) => detail(db, removeDeclaration(db, id)),
} satisfies Partial<Handlers>;
