import { useState, type FormEvent } from 'react';
import { meetingStatuses, type Meeting } from '../../shared/domain';
import { capitalise, formatPersonName, formatTime } from '../../shared/format';
import { api } from '../api/client';
import { FormButtons, SelectField, TextField } from '../components/Field';
import { useAppStore } from '../state/store';

export function MeetingDetailsForm({ meeting }: { meeting: Meeting }) {
  const perform = useAppStore((state) => state.perform);
  const officers = useAppStore((state) => state.people).filter((person) => person.kind === 'officer');
  const [draft, setDraft] = useState(meeting);
  const change = (patch: Partial<Meeting>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { date, startTime, endTime, venue, status, contactOfficerId } = draft;
    void perform(
      () =>
        api.call('meetings.update', {
          id: meeting.id,
          date,
          startTime,
          endTime: endTime || null,
          venue,
          status,
          contactOfficerId,
        }),
      'Meeting details saved.',
    );
  };
  return (
    <details className="meeting-details">
      <summary>
        {formatTime(meeting.startTime)}
        {meeting.venue ? `, ${meeting.venue}` : ''} · {capitalise(meeting.status)}
      </summary>
      <form onSubmit={submit} aria-label="Meeting details" className="inline-form">
        <TextField
          label="Date"
          type="date"
          value={draft.date}
          required
          onChange={(date) => change({ date })}
        />
        <TextField
          label="Start time"
          type="time"
          value={draft.startTime}
          required
          onChange={(startTime) => change({ startTime })}
        />
        <TextField
          label="End time"
          type="time"
          value={draft.endTime ?? ''}
          hint="For “The meeting ended at …” in the minutes."
          onChange={(endTime) => change({ endTime: endTime || null })}
        />
        <TextField label="Venue" value={draft.venue} onChange={(venue) => change({ venue })} />
        <SelectField
          label="Status"
          value={draft.status}
          options={meetingStatuses.map((status) => ({ value: status, label: capitalise(status) }))}
          onChange={(status) => change({ status })}
        />
        <SelectField
          label="Contact officer (named on the agenda)"
          value={draft.contactOfficerId ?? ''}
          options={[
            { value: '', label: 'None' },
            ...officers.map((officer) => ({ value: officer.id, label: formatPersonName(officer) })),
          ]}
          onChange={(id) => change({ contactOfficerId: id || null })}
        />
        <FormButtons submitLabel="Save meeting details" />
      </form>
    </details>
  );
}
