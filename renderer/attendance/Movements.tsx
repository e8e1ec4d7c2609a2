// Arrivals and departures during the meeting, each tied to the item under way.
import { useState, type FormEvent } from 'react';
import { peopleOf, type AttendanceDetail, type MovementKind } from '../../shared/attendance';
import { formatPersonName, formatTime } from '../../shared/format';
import { bySurname } from '../../shared/names';
import { api } from '../api/client';
import { FormButtons, SelectField, TextField } from '../components/Field';
import type { Change } from './useAttendance';

function presentPeople(detail: AttendanceDetail) {
  return detail.register.attendees
    .filter((a) => a.status === 'present')
    .sort((a, b) => bySurname(a.person, b.person));
}

/** "Councillor Ann Smith", for anyone the register names. */
export function fullNameIn(register: AttendanceDetail['register'], personId: string): string {
  const person = peopleOf(register).get(personId);
  return person ? formatPersonName(person) : 'Someone';
}

export function Movements({ detail, change }: { detail: AttendanceDetail; change: Change }) {
  const { register } = detail;
  const candidates = presentPeople(detail);
  const [personId, setPersonId] = useState('');
  const [kind, setKind] = useState<MovementKind>('arrived');
  const [itemId, setItemId] = useState('');
  const [time, setTime] = useState('');
  const nameOf = (id: string) => fullNameIn(register, id);
  const itemLabel = (id: string) => {
    const item = register.items.find((i) => i.id === id);
    return item ? `${register.minuteNumbers[id]} ${item.title}` : 'an item since removed';
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const who = personId || candidates[0]?.personId;
    const during = itemId || register.items[0]?.id;
    if (!who || !during) return;
    void change(
      () =>
        api.call('attendance.addMovement', {
          meetingId: detail.meeting.id,
          personId: who,
          kind,
          itemId: during,
          time: time || null,
        }),
      `${nameOf(who)} ${kind === 'arrived' ? 'arrived' : 'left'} during ${itemLabel(during)}.`,
    );
  };
  return (
    <section aria-labelledby="movements-heading">
      <h2 id="movements-heading">Arrivals and departures</h2>
      {register.movements.length ? (
        <ul aria-labelledby="movements-heading">
          {register.movements.map((movement) => (
            <li key={movement.id}>
              {nameOf(movement.personId)} {movement.kind === 'arrived' ? 'arrived' : 'left'}
              {movement.time ? ` at ${formatTime(movement.time)}` : ''} during {itemLabel(movement.itemId)}{' '}
              <button
                type="button"
                aria-label={`Remove: ${nameOf(movement.personId)} ${movement.kind} during ${itemLabel(movement.itemId)}`}
                onClick={() =>
                  void change(() => api.call('attendance.removeMovement', { id: movement.id }), 'Removed.')
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>None recorded.</p>
      )}
      {candidates.length && register.items.length ? (
        <form onSubmit={submit} aria-label="Record an arrival or departure" className="inline-form">
          <SelectField
            label="Who"
            value={personId || candidates[0]!.personId}
            options={candidates.map((a) => ({ value: a.personId, label: formatPersonName(a.person) }))}
            onChange={setPersonId}
          />
          <SelectField<MovementKind>
            label="Arrived or left"
            value={kind}
            options={[
              { value: 'arrived', label: 'Arrived' },
              { value: 'left', label: 'Left' },
            ]}
            onChange={setKind}
          />
          <SelectField
            label="During item"
            value={itemId || register.items[0]!.id}
            options={register.items.map((item) => ({ value: item.id, label: itemLabel(item.id) }))}
            onChange={setItemId}
          />
          <TextField label="At (optional)" type="time" value={time} onChange={setTime} />
          <FormButtons submitLabel="Record" />
        </form>
      ) : (
        <p className="hint">
          {register.items.length
            ? 'Arrivals and departures are recorded for people marked present: mark them in the register above first (a member who came late is present, then “arrived” during the item).'
            : 'An arrival or departure is tied to the item under way: add the items to the agenda first.'}
        </p>
      )}
    </section>
  );
}
