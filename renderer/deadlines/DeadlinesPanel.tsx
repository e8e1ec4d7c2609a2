// The meeting's deadlines: the day its agenda must be published by, the day the officer published
// it, the late items (each needing the chair's urgency reason, which the minutes then record), and
// in Wales the note of the meeting.
import { useState } from 'react';
import { formatLongDate } from '../../shared/format';
import type { MeetingDeadlines } from '../../shared/statutory';
import { api } from '../api/client';
import { TextField } from '../components/Field';
import { useAppStore } from '../state/store';
import { LateItem } from './LateItem';
import { today } from './today';

interface DeadlinesPanelProps {
  deadlines: MeetingDeadlines;
  locked: boolean;
}

export function DeadlinesPanel({ deadlines, locked }: DeadlinesPanelProps) {
  const perform = useAppStore((state) => state.perform);
  const [publishedOn, setPublishedOn] = useState(deadlines.agendaPublishedOn ?? today());
  const [noteOn, setNoteOn] = useState(deadlines.welshNote?.publishedOn ?? today());
  const late = deadlines.items.filter((item) => item.late);
  const publish = (day: string | null) =>
    void perform(
      () => api.call('publication.publishAgenda', { meetingId: deadlines.meetingId, publishedOn: day }),
      day ? `Agenda marked published on ${formatLongDate(day)}.` : 'Agenda marked not published.',
    );
  return (
    <section aria-labelledby="deadlines-heading" className="deadlines">
      <h2 id="deadlines-heading">Deadlines</h2>
      {deadlines.problem ? <p className="warning">{deadlines.problem}</p> : null}
      {deadlines.agendaPublishBy ? (
        <p data-testid="agenda-deadline">
          Agenda and reports must be published by <strong>{formatLongDate(deadlines.agendaPublishBy)}</strong>{' '}
          ({deadlines.clearDays} clear days before the meeting; {deadlines.basis}
          {deadlines.caution ? `; ${deadlines.caution}` : ''}).
        </p>
      ) : null}
      {deadlines.agendaPublishedOn ? (
        <p data-testid="agenda-published" className={deadlines.agendaLate ? 'warning' : undefined}>
          Agenda published on {formatLongDate(deadlines.agendaPublishedOn)}, {deadlines.agendaClearDays} clear
          days before the meeting
          {deadlines.agendaLate
            ? `: fewer than the ${deadlines.clearDays} the law asks, so every item needs the chair’s urgency reason.`
            : '.'}
        </p>
      ) : (
        <p>The agenda has not been marked published.</p>
      )}
      {locked ? null : (
        <form
          className="inline-form"
          aria-label="Agenda publication"
          onSubmit={(event) => {
            event.preventDefault();
            publish(publishedOn);
          }}
        >
          <TextField label="Agenda published on" type="date" value={publishedOn} onChange={setPublishedOn} />
          <div className="form-actions">
            <button type="submit">Mark agenda published</button>
            {deadlines.agendaPublishedOn ? (
              <button type="button" onClick={() => publish(null)}>
                Mark not published
              </button>
            ) : null}
          </div>
        </form>
      )}
      {late.length > 0 ? (
        <>
          <h3>Late items</h3>
          <p className="hint">
            An item not open to the public for {deadlines.clearDays} clear days may be taken only if the chair
            agrees it is urgent, for special circumstances the minutes must give. Type them here; the minutes
            record them in the council’s wording.
          </p>
          <ul className="late-items">
            {late.map((item) => (
              <LateItem
                key={`${item.itemId}-${item.urgencyReason}-${item.publishedOn}`}
                item={item}
                locked={locked}
              />
            ))}
          </ul>
        </>
      ) : null}
      {deadlines.welshNote ? (
        <>
          <h3>Note of the meeting (Wales)</h3>
          <p data-testid="welsh-note">
            {deadlines.welshNote.publishedOn
              ? `Note published on ${formatLongDate(deadlines.welshNote.publishedOn)}; it was due by ${formatLongDate(deadlines.welshNote.due)}.`
              : `The note of the meeting (attendance, declarations, decisions and votes) is due by ${formatLongDate(deadlines.welshNote.due)}: 7 working days beginning with the day of the meeting.`}
          </p>
          <form
            className="inline-form"
            aria-label="Note of the meeting"
            onSubmit={(event) => {
              event.preventDefault();
              void perform(
                () =>
                  api.call('publication.publishNote', {
                    meetingId: deadlines.meetingId,
                    publishedOn: noteOn,
                  }),
                `Note of the meeting marked published on ${formatLongDate(noteOn)}.`,
              );
            }}
          >
            <TextField label="Note published on" type="date" value={noteOn} onChange={setNoteOn} />
            <div className="form-actions">
              <button type="submit">Mark note published</button>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}
