// Attendance on an item's screen: whether the item is quorate (a warning when not), who is in the
// room with one action each to record them leaving or arriving during this item, and the item's
// count for checking its votes.
import { createContext, useContext, useMemo, useState } from 'react';
import {
  itemCounts,
  orderedMovements,
  peopleOf,
  votingPeople,
  type AttendanceDetail,
  type ItemCount,
} from '../../shared/attendance';
import type { Person } from '../../shared/domain';
import { formatPersonName, formatTime } from '../../shared/format';
import { bySurname } from '../../shared/names';
import { api } from '../api/client';
import { useAttendance } from './useAttendance';

export interface ItemAttendance {
  count: ItemCount;
  nameOf: (personId: string) => string;
  /** Who may move, second and vote at this meeting: members on its date, and substitutes. */
  votingPeople: Person[];
}

/** The current item's count, for the vote checks in its decisions. */
export const ItemAttendanceContext = createContext<ItemAttendance | null>(null);
export const useItemAttendance = () => useContext(ItemAttendanceContext);

export function itemAttendanceOf(detail: AttendanceDetail | null, itemId: string): ItemAttendance | null {
  // Until the register is started there is nothing to check against: no warnings from an empty register.
  if (!detail || !detail.register.attendees.some((a) => a.kind === 'member' || a.kind === 'substitute'))
    return null;
  const count = itemCounts(detail.register).find((c) => c.itemId === itemId);
  if (!count) return null;
  const people = peopleOf(detail.register);
  const votingPersons = votingPeople(detail.register).map(({ personId }) => people.get(personId)!);
  const nameOf = (personId: string) => {
    const person = people.get(personId);
    return person ? formatPersonName(person) : 'Someone not at this meeting';
  };
  return { count, nameOf, votingPeople: votingPersons };
}

export const clockNow = (): string => {
  const now = new Date();
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
};

export function useItemAttendanceState(meetingId: string | undefined, itemId: string) {
  const attendance = useAttendance(meetingId);
  const value = useMemo(() => itemAttendanceOf(attendance.detail, itemId), [attendance.detail, itemId]);
  return { ...attendance, value };
}

/** "Quorate: 6 members count (quorum 3)", or an alert when the item is inquorate. */
export function QuorumStatus({
  attendance,
  loading = false,
}: {
  attendance: ItemAttendance | null;
  /** While the register is read: its line's place is kept, so the screen does not jump under the cursor. */
  loading?: boolean;
}) {
  if (loading) {
    return (
      <p className="quorum quorum-pending" aria-hidden="true">
        Reading the register…
      </p>
    );
  }
  if (!attendance) return null;
  const { count } = attendance;
  const members = `${count.counting.length} ${count.counting.length === 1 ? 'member counts' : 'members count'}`;
  return count.quorate ? (
    <p className="quorum quorate" data-testid="quorum">
      Quorate: {members} for this item (quorum {count.quorum}).
    </p>
  ) : (
    <p className="quorum inquorate" role="alert" data-testid="quorum">
      Inquorate: only {members} for this item; the quorum is {count.quorum}.
    </p>
  );
}

/**
 * Who is in the room and who is out, each with one button: "Left" or "Arrived", recorded against
 * this item at the time now.
 */
export function InAndOut({
  detail,
  itemId,
  change,
}: {
  detail: AttendanceDetail;
  itemId: string;
  change: (run: () => Promise<AttendanceDetail>, done: string) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const movements = orderedMovements(detail.register);
  const present = detail.register.attendees
    .filter((a) => a.status === 'present')
    .sort((a, b) => bySurname(a.person, b.person));
  const item = detail.register.items.find((i) => i.id === itemId);
  if (!item) return null;
  const minute = detail.register.minuteNumbers[itemId] ?? String(item.number);
  return (
    <section className="in-and-out" aria-label="Arrivals and departures">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Arrivals and departures
      </button>
      {open ? (
        <ul>
          {present.map((attendee) => {
            const own = movements.filter((m) => m.personId === attendee.personId);
            const last = own.at(-1);
            const name = formatPersonName(attendee.person);
            const record = (kind: 'arrived' | 'left') => {
              const time = clockNow();
              void change(
                () =>
                  api.call('attendance.addMovement', {
                    meetingId: detail.meeting.id,
                    personId: attendee.personId,
                    kind,
                    itemId,
                    time,
                  }),
                `${name} ${kind === 'arrived' ? 'arrived' : 'left the meeting'} at ${formatTime(time)} during minute ${minute}.`,
              );
            };
            return (
              <li key={attendee.personId}>
                <span>
                  {name}
                  {last ? (last.kind === 'left' ? ' (out)' : ' (in)') : ''}
                </span>
                {!last || last.kind === 'left' ? (
                  <button type="button" onClick={() => record('arrived')} aria-label={`${name} arrived`}>
                    Arrived
                  </button>
                ) : null}
                {!last || last.kind === 'arrived' ? (
                  <button type="button" onClick={() => record('left')} aria-label={`${name} left`}>
                    Left
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
