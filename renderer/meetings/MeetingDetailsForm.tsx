import { useState, type FormEvent } from 'react';
import { meetingStatuses, type Meeting } from '../../shared/domain';
import { capitalise, formatLongDate, formatPersonName, formatTime } from '../../shared/format';
import { api } from '../api/client';
import { FormButtons, SelectField, TextField } from '../components/Field';
import { useAppStore } from '../state/store';

/** The meeting's date, time, venue, status and contact officer, on view; "Edit details" to change them. */
export function MeetingDetailsForm({ meeting, locked }: { meeting: Meeting; locked: boolean }) {
  const perform = useAppStore((state) => state.perform);
  const people = useAppStore((state) => state.people);
  const officers = people.filter((person) => person.kind === 'officer');
  const contact = people.find((person) => person.id === meeting.contactOfficerId);
  const [draft, setDraft] = useState<Meeting | null>(null);
  const change = (patch: Partial<Meeting>) => setDraft((current) => current && { ...current, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
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
    ).then((saved) => saved && setDraft(null));
  };
  if (!draft) {
    return (
      <section aria-labelledby="details-heading" className="meeting-details">
        <h2 id="details-heading" className="visually-hidden">
          Meeting details
        </h2>
        <dl className="meeting-facts">
          <div>
            <dt>Date</dt>
            <dd>{formatLongDate(meeting.date)}</dd>
          </div>
          <div>
            <dt>Time</dt>
            <dd>
              {meeting.startTime ? formatTime(meeting.startTime) : 'Not recorded'}
              {meeting.endTime ? ` to ${formatTime(meeting.endTime)}` : ''}
            </dd>
          </div>
          <div>
            <dt>Venue</dt>
            <dd>{meeting.venue || 'Not set'}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{capitalise(meeting.status)}</dd>
          </div>
          <div>
            <dt>Contact officer</dt>
            <dd>{contact ? formatPersonName(contact) : 'None'}</dd>
          </div>
        </dl>
        {locked ? null : (
          <button type="button" onClick={() => setDraft(meeting)}>
            Edit details
          </button>
        )}
      </section>
    );
  }
  return (
    <form onSubmit={submit} aria-label="Meeting details" className="inline-form">
      <TextField
        label="Date"
        type="date"
        value={draft.date}
        required
        autoFocus
        onChange={(date) => change({ date })}
      />
      <TextField
        label="Start time"
        type="time"
        value={draft.startTime}
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
      <FormButtons submitLabel="Save meeting details" onCancel={() => setDraft(null)} />
    </form>
  );
}
