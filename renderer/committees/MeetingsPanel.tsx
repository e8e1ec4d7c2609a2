import { useState, type FormEvent } from 'react';
import type { CommitteeDetail } from '../../shared/domain';
import { capitalise, formatLongDate, formatTime } from '../../shared/format';
import { api } from '../api/client';
import { FormButtons, TextField } from '../components/Field';
import { href, navigate } from '../state/route';
import { useAppStore } from '../state/store';

export function MeetingsPanel({ detail }: { detail: CommitteeDetail }) {
  const perform = useAppStore((state) => state.perform);
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState('18:00');
  const [venue, setVenue] = useState(detail.committee.defaultVenue);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void perform(
      () => api.call('meetings.create', { committeeId: detail.committee.id, date, startTime, venue }),
      (meeting) => `Meeting on ${formatLongDate(meeting.date)} created.`,
    ).then((meeting) => meeting && navigate({ screen: 'meeting', id: meeting.id }));
  };
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">Meetings</h2>
      {detail.meetings.length === 0 ? <p>No meetings yet.</p> : null}
      <ul className="card-list" aria-labelledby="meetings-heading">
        {detail.meetings.map((meeting) => (
          <li key={meeting.id}>
            <a href={href({ screen: 'meeting', id: meeting.id })}>
              {formatLongDate(meeting.date)}
              {meeting.startTime ? `, ${formatTime(meeting.startTime)}` : ''}
            </a>{' '}
            <span className="badge">{capitalise(meeting.status)}</span>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} aria-label="New meeting" className="inline-form">
        <h3>New meeting</h3>
        <TextField label="Date" type="date" value={date} required onChange={setDate} />
        <TextField label="Start time" type="time" value={startTime} required onChange={setStartTime} />
        <TextField label="Venue" value={venue} onChange={setVenue} />
        <FormButtons submitLabel="Create meeting" />
      </form>
    </section>
  );
}
