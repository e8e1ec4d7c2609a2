// A meeting's attendance: the register, others in attendance, movements and the wording.
import { z } from 'zod';
import { clock, id, text, typedText, typeError } from './fields';
import { mutation, query } from './contract';
import {
  attendanceStatuses,
  declaredCategories,
  movementKinds,
  textSections,
  type AttendanceDetail,
} from '../attendance';

export const declarationFields = {
  itemId: id('Agenda item'),
  personId: id('Member'),
  category: z.enum(
    declaredCategories,
    typeError('Category', `The category is one of: ${declaredCategories.join(', ')}.`),
  ),
  interest: text('The interest', 2000),
  // null: the minutes do not say whether the member withdrew (an imported declaration).
  withdrew: z.boolean(typeError('Withdrew', 'Withdrew is true, false or null.')).nullable(),
  // The minutes' own words for the withdrawal ("left the meeting for that item"); absent: the usual words.
  withdrawalWords: text('The words for the withdrawal', 300).optional(),
};
const remote = z.boolean(typeError('Remote', 'Remote is true or false.')).optional();

export const attendanceMethods = {
  'attendance.get': query<AttendanceDetail>()(z.strictObject({ meetingId: id('Meeting') })),
  /** A member's entry on the register; a null status clears it ("not yet recorded"). */
  'attendance.setMember': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      personId: id('Member'),
      status: z
        .enum(attendanceStatuses, typeError('Status', `Status is one of: ${attendanceStatuses.join(', ')}.`))
        .nullable(),
      remote,
    }),
  ),
  'attendance.setSubstitute': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      memberId: id('Member'),
      substituteId: id('Substitute'),
      remote,
    }),
  ),
  'attendance.addAttendee': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      personId: id('Person'),
      kind: z.enum(['officer', 'other'], typeError('Kind', 'An attendee is an officer or other.')),
      capacity: text('Capacity', 300),
    }),
  ),
  'attendance.updateAttendee': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      personId: id('Person'),
      capacity: text('Capacity', 300).optional(),
      remote,
    }),
  ),
  'attendance.removeAttendee': mutation<AttendanceDetail>()(
    z.strictObject({ meetingId: id('Meeting'), personId: id('Person') }),
  ),
  'attendance.addMovement': mutation<AttendanceDetail>()(
    z.strictObject({
      id: id('Movement').optional(),
      meetingId: id('Meeting'),
      personId: id('Person'),
      kind: z.enum(movementKinds, typeError('Movement', 'A movement is arrived or left.')),
      itemId: id('Agenda item'),
      time: clock('Time').nullable(),
    }),
  ),
  'attendance.removeMovement': mutation<AttendanceDetail>()(z.strictObject({ id: id('Movement') })),
  'attendance.setText': mutation<AttendanceDetail>()(
    z.strictObject({
      meetingId: id('Meeting'),
      section: z.enum(textSections, typeError('Section', `Section is one of: ${textSections.join(', ')}.`)),
      text: typedText('Text', 20_000).nullable(),
    }),
  ),
} as const;
