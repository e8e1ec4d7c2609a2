import { useState, type FormEvent } from 'react';
import { meetingStatuses, type Meeting } from '../../shared/domain';
import { capitalise, formatTime } from '../../shared/format';
import { api } from '../api/client';
import { FormButtons, SelectField, TextField } from '../components/Field';
import { useAppStore } from '../state/store';

export function MeetingDetailsForm({ meeting }: { meeting: Meeting }) {
  const perform = useAppStore((state) => state.perform);
  const [draft, setDraft] = useState(meeting);
  const change = (patch: Partial<Meeting>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { date, startTime, venue, status } = draft;
    void perform(
      () => api.call('meetings.update', { id: meeting.id, date, startTime, venue, status }),
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
        <TextField label="Venue" value={draft.venue} onChange={(venue) => change({ venue })} />
        <SelectField
          label="Status"
          value={draft.status}
          options={meetingStatuses.map((status) => ({ value: status, label: capitalise(status) }))}
          onChange={(status) => change({ status })}
        />
        <FormButtons submitLabel="Save meeting details" />
      </form>
    </details>
  );
}
