// Officers and others in attendance, with the capacity each attended in.
import { useState } from 'react';
import { type AttendanceDetail } from '../../shared/attendance';
import type { Person } from '../../shared/domain';
import { formatPersonName } from '../../shared/format';
import { api } from '../api/client';
import { PersonPicker } from '../components/PersonPicker';
import { useAppStore } from '../state/store';
import type { Change } from './useAttendance';

export function OthersInAttendance({
  detail,
  change,
  kind,
}: {
  detail: AttendanceDetail;
  change: Change;
  kind: 'officer' | 'other';
}) {
  const people = useAppStore((state) => state.people);
  const meetingId = detail.meeting.id;
  const listed = detail.register.attendees.filter((a) => a.kind === kind);
  const heading = kind === 'officer' ? 'Officers in attendance' : 'Also in attendance';
  const headingId = `${kind}-heading`;
  const memberIds = detail.register.members.map((m) => m.personId);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {listed.length ? (
        <ul aria-labelledby={headingId}>
          {listed.map((attendee) => {
            const name = formatPersonName(attendee.person);
            return (
              <li key={attendee.personId}>
                {name}
                <CapacityField
                  label={`${name}: attending as`}
                  value={attendee.capacity}
                  placeholder={attendee.person.role}
                  onSave={(capacity) =>
                    change(
                      () =>
                        api.call('attendance.updateAttendee', {
                          meetingId,
                          personId: attendee.personId,
                          capacity,
                        }),
                      `${name}: saved.`,
                    )
                  }
                />
                <button
                  type="button"
                  aria-label={`Remove ${name}`}
                  onClick={() =>
                    void change(
                      () => api.call('attendance.removeAttendee', { meetingId, personId: attendee.personId }),
                      `${name} removed.`,
                    )
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>Nobody yet.</p>
      )}
      <PersonPicker
        label={kind === 'officer' ? 'Add an officer in attendance' : 'Add someone else in attendance'}
        people={people.filter((person) => (kind === 'officer' ? person.kind === 'officer' : true))}
        exclude={[...memberIds, ...detail.register.attendees.map((a) => a.personId)]}
        onPick={(person: Person, capacity: string) =>
          void change(
            () => api.call('attendance.addAttendee', { meetingId, personId: person.id, kind, capacity }),
            `${formatPersonName(person)} added.`,
          )
        }
      />
    </section>
  );
}

function CapacityField({
  label,
  value,
  placeholder,
  onSave,
}: {
  label: string;
  value: string;
  placeholder: string;
  onSave: (value: string) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState(value);
  const save = () => {
    if (draft.trim() !== value) void onSave(draft.trim());
  };
  return (
    <input
      className="capacity"
      aria-label={label}
      value={draft}
      placeholder={placeholder}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') save();
      }}
    />
  );
}

/** People who can come and go: those present (members, substitutes, officers, others). */
