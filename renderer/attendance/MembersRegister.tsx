// The members' register: one key or click per member (present, apologies, absent, substitute,
// remote); the key marks the row that has focus, and the arrow keys move between members.
import { useRef, useState, type KeyboardEvent } from 'react';
import { type AttendanceDetail, type AttendanceStatus } from '../../shared/attendance';
import type { Membership } from '../../shared/domain';
import { formatLongDate, formatPersonName } from '../../shared/format';
import { api } from '../api/client';
import { PersonPicker } from '../components/PersonPicker';
import { useAppStore } from '../state/store';
import { useRecordLocked } from '../record/RecordLock';
import type { Change } from './useAttendance';

const rowSelector = ':scope > li > .register-row';
const statusKeys: Record<string, AttendanceStatus> = { p: 'present', a: 'apologies', x: 'absent' };
const statusLabels: Record<AttendanceStatus, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
};

export function MembersRegister({ detail, change }: { detail: AttendanceDetail; change: Change }) {
  const people = useAppStore((state) => state.people);
  const locked = useRecordLocked();
  const [substituting, setSubstituting] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const { register, meeting, committee } = detail;
  const memberIds = register.members.map((member) => member.personId);
  const attendeeOf = (personId: string) => register.attendees.find((a) => a.personId === personId);
  const substituteFor = (personId: string) =>
    register.attendees.find((a) => a.kind === 'substitute' && a.substituteForId === personId);
  const meetingId = meeting.id;

  const mark = (member: Membership, status: AttendanceStatus) => {
    const name = formatPersonName(member.person);
    void change(
      () => api.call('attendance.setMember', { meetingId, personId: member.personId, status }),
      `${name}: ${statusLabels[status].toLowerCase()}.`,
    );
  };
  const toggleRemote = (member: Membership) => {
    const attendee = attendeeOf(member.personId);
    const name = formatPersonName(member.person);
    const remote = !attendee?.remote;
    void change(
      () =>
        api.call('attendance.setMember', { meetingId, personId: member.personId, status: 'present', remote }),
      remote ? `${name} is attending remotely.` : `${name} is in the room.`,
    );
  };
  // A letter marks the member whose row has focus and stays there; only ↑ and ↓ move. So "P, ↓, A"
  // marks two neighbours, as the hint says, and a mistaken letter is put right by the next one.
  const onKeyDown = (member: Membership, index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    if (locked) return;
    const key = event.key.toLowerCase();
    const rows = list.current?.querySelectorAll<HTMLElement>(rowSelector) ?? [];
    if (key in statusKeys) {
      event.preventDefault();
      mark(member, statusKeys[key]!);
    } else if (key === 'r') {
      event.preventDefault();
      toggleRemote(member);
    } else if (key === 's') {
      event.preventDefault();
      setSubstituting(member.personId);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      rows[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  };

  const present = register.attendees.filter(
    (a) => (a.kind === 'member' && a.status === 'present') || a.kind === 'substitute',
  ).length;
  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">Members ({register.members.length})</h2>
      <p className="hint" id="register-hint">
        Membership on {formatLongDate(meeting.date)}. On a member’s row press P present, A apologies, X
        absent, S substitute or R remote: the key marks that member and stays on the row. ↓ and ↑ move to the
        next or previous member. {present} present; quorum {committee.quorum}.
      </p>
      {register.members.length === 0 ? <p>This committee had no members on the meeting’s date.</p> : null}
      <ul className="register" ref={list} aria-describedby="register-hint">
        {register.members.map((member, index) => {
          const name = formatPersonName(member.person);
          const attendee = attendeeOf(member.personId);
          const substitute = substituteFor(member.personId);
          const role = member.role === 'member' ? '' : member.role === 'chair' ? ' (Chair)' : ' (Vice-Chair)';
          const state = attendee
            ? `${statusLabels[attendee.status]}${attendee.remote ? ', remote' : ''}${
                substitute ? `, substitute ${formatPersonName(substitute.person)}` : ''
              }`
            : 'not yet recorded';
          return (
            // A list of members (so "7 items" is read), each a focusable group that takes the keys.
            <li key={member.id}>
              <div
                className="register-row"
                tabIndex={0}
                role="group"
                aria-label={`${name}${role}: ${state}`}
                aria-keyshortcuts="P A X S R"
                onKeyDown={onKeyDown(member, index)}
              >
                <span className="register-name">
                  {name}
                  {role}
                </span>
                <span className="register-state" aria-hidden="true">
                  {state}
                </span>
                {(['present', 'apologies', 'absent'] as const).map((status) => (
                  <button
                    key={status}
                    type="button"
                    tabIndex={-1}
                    aria-pressed={attendee?.status === status && !(status === 'apologies' && substitute)}
                    onClick={() => mark(member, status)}
                  >
                    {statusLabels[status]}
                  </button>
                ))}
                <button
                  type="button"
                  tabIndex={-1}
                  aria-pressed={Boolean(substitute)}
                  onClick={() => setSubstituting(member.personId)}
                >
                  Substitute…
                </button>
                <button
                  type="button"
                  tabIndex={-1}
                  aria-pressed={Boolean(attendee?.remote)}
                  onClick={() => toggleRemote(member)}
                >
                  Remote
                </button>
                {substituting === member.personId ? (
                  <div
                    className="inline-form"
                    onKeyDown={(event) => {
                      if (event.key === 'Escape' && !event.defaultPrevented) setSubstituting(null);
                    }}
                  >
                    <PersonPicker
                      label={`Substitute for ${name}`}
                      people={people.filter((person) => person.kind === 'member')}
                      exclude={[...memberIds, ...register.attendees.map((a) => a.personId)]}
                      onPick={(person) => {
                        void change(
                          () =>
                            api.call('attendance.setSubstitute', {
                              meetingId,
                              memberId: member.personId,
                              substituteId: person.id,
                            }),
                          `${formatPersonName(person)} is substituting for ${name}.`,
                        ).then((done) => {
                          if (done) {
                            setSubstituting(null);
                            list.current?.querySelectorAll<HTMLElement>(rowSelector)[index]?.focus();
                          }
                        });
                      }}
                    />
                    {substitute ? (
                      <button
                        type="button"
                        onClick={() =>
                          void change(
                            () =>
                              api.call('attendance.removeAttendee', {
                                meetingId,
                                personId: substitute.personId,
                              }),
                            `${formatPersonName(substitute.person)} is no longer substituting.`,
                          ).then((done) => done && setSubstituting(null))
                        }
                      >
                        Remove the substitute
                      </button>
                    ) : null}
                    <button type="button" onClick={() => setSubstituting(null)}>
                      Close
                    </button>
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
