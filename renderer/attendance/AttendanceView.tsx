// The meeting's attendance: the members' register (one key or click per member), substitutes,
// officers and others, arrivals and departures, declarations of interest, the quorum for each item,
// and the sentences the minutes will carry, which the officer may reword.
import { formatLongDate } from '../../shared/format';
import { ViewHeading } from '../components/ViewHeading';
import { href } from '../state/route';
import { useAppStore } from '../state/store';
import { ApprovedNote, Lockable, useRecordLocked } from '../record/RecordLock';
import { useAttendance } from './useAttendance';
import { MembersRegister } from './MembersRegister';
import { OthersInAttendance } from './OthersInAttendance';
import { Movements } from './Movements';
import { Declarations } from './Declarations';
import { QuorumTable } from './QuorumTable';
import { Wording } from './Wording';

export function AttendanceView() {
  const meeting = useAppStore((state) => state.meeting);
  const { detail, error, change, replace } = useAttendance(meeting?.meeting.id);
  const locked = useRecordLocked();
  if (!meeting) return null;
  const title = `Attendance: ${meeting.committee.name}, ${formatLongDate(meeting.meeting.date)}`;
  return (
    <section className="attendance">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href({ screen: 'meeting', id: meeting.meeting.id })}>
          {meeting.committee.name}: {formatLongDate(meeting.meeting.date)}
        </a>
      </nav>
      <ViewHeading focusKey={`attendance-${meeting.meeting.id}`}>{title}</ViewHeading>
      {error ? <p role="alert">{error}</p> : null}
      <ApprovedNote />
      {detail ? (
        <Lockable locked={locked}>
          <MembersRegister detail={detail} change={change} />
          <OthersInAttendance detail={detail} change={change} kind="officer" />
          <OthersInAttendance detail={detail} change={change} kind="other" />
          <Movements detail={detail} change={change} />
          <Declarations detail={detail} change={change} />
          <QuorumTable detail={detail} />
          <Wording detail={detail} change={change} replace={replace} />
        </Lockable>
      ) : error ? null : (
        <p>Opening the register…</p>
      )}
    </section>
  );
}
