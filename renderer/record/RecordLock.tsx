// Approved minutes are the signed record: the database refuses any change to them, and the screens
// say so before the officer types rather than after. Every control that would change the record is
// disabled while the meeting's minutes stand approved; actions and post-meeting updates are not the
// record and stay editable.
import type { ReactNode } from 'react';
import { formatLongDate } from '../../shared/format';
import { href } from '../state/route';
import { useAppStore } from '../state/store';

/** True while the minutes of the meeting on screen stand approved. */
export function useRecordLocked(): boolean {
  return useAppStore((state) => state.meeting?.meeting.status === 'minutes approved');
}

/** One line: when the minutes were approved, and that "Reopen minutes" is the way to change them. */
export function ApprovedNote({ onMeetingPage = false }: { onMeetingPage?: boolean }) {
  const meeting = useAppStore((state) => state.meeting?.meeting);
  if (!meeting || meeting.status !== 'minutes approved') return null;
  const when = meeting.approvedAt ? ` on ${formatLongDate(meeting.approvedAt)}` : '';
  const reopen = onMeetingPage ? (
    '“Reopen minutes” below'
  ) : (
    <>
      “Reopen minutes” on <a href={href({ screen: 'meeting', id: meeting.id })}>the meeting’s page</a>
    </>
  );
  return (
    <p className="approved-note" data-testid="approved-note">
      These minutes were approved{when} and are the signed record, so they cannot be changed here. To correct
      them, use {reopen}, with a reason. Actions and later updates can still be added.
    </p>
  );
}

/** Disables every form control inside while the record is locked (a fieldset without a frame). */
export function Lockable({
  locked,
  label,
  children,
}: {
  locked: boolean;
  label?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="lockable" disabled={locked} aria-label={label}>
      {children}
    </fieldset>
  );
}
