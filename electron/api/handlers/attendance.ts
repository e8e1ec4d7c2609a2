// A meeting's attendance.
import {
  addAttendee,
  addMovement,
  clearMemberAttendance,
  getAttendance,
  removeAttendee,
  removeMovement,
  setMemberAttendance,
  setSubstitute,
  setTextOverride,
  updateAttendee,
} from '../../store/attendance';
import type { Db } from '../../store/database';
import type { Handlers } from '../context';
import { meetingDetail } from '../../store/meetingRecord';

/** A meeting's register as the screens show it, after a change. */
export const detail = (db: Db, meetingId: string) => getAttendance(db, meetingDetail(db, meetingId));

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
} satisfies Partial<Handlers>;
