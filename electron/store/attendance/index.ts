// A meeting's attendance register, arrivals and departures, declarations of interest and the
// officer's own wording. Every change is checked against the rules in shared/attendance and refused
// with a sentence the officer can act on; the caller's transaction then rolls back whole.
export { getAttendance } from './register';
export {
  addAttendee,
  checkNotInAttendance,
  clearMemberAttendance,
  removeAttendee,
  setMemberAttendance,
  setSubstitute,
  updateAttendee,
} from './attendees';
export { addMovement, removeMovement } from './movements';
export { addDeclaration, removeDeclaration, updateDeclaration } from './declarations';
export { attendanceBlock, attendanceBlockOf, setTextOverride } from './wording';
