// The meeting's attendance: the members' register (one key or click per member), substitutes,
// officers and others, arrivals and departures, declarations of interest, the quorum for each item,
// and the sentences the minutes will carry, which the officer may reword.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  attendanceText,
  interestCategories,
  itemCounts,
  peopleOf,
  textSections,
  type AttendanceDetail,
  type AttendanceStatus,
  type InterestCategory,
  type MovementKind,
  type NotCountedReason,
  type TextSection,
} from '../../shared/attendance';
import type { Membership, Person } from '../../shared/domain';
import { capitalise, formatLongDate, formatPersonName, formatTime } from '../../shared/format';
import { api } from '../api/client';
import { CheckboxField, FormButtons, SelectField, TextField } from '../components/Field';
import { PersonPicker } from '../components/PersonPicker';
import { ViewHeading } from '../components/ViewHeading';
import { href } from '../state/route';
import { useAppStore } from '../state/store';
import { SaveIndicator } from '../minutes/SaveIndicator';
import { useAutosaver } from '../minutes/saveStates';
import { ApprovedNote, Lockable, useRecordLocked } from '../record/RecordLock';
import { useAttendance } from './useAttendance';

type Change = (run: () => Promise<AttendanceDetail>, done: string) => Promise<boolean>;

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

const statusKeys: Record<string, AttendanceStatus> = { p: 'present', a: 'apologies', x: 'absent' };
const statusLabels: Record<AttendanceStatus, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
};

function MembersRegister({ detail, change }: { detail: AttendanceDetail; change: Change }) {
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
  const onKeyDown = (member: Membership, index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    if (locked) return;
    const key = event.key.toLowerCase();
    const rows = list.current?.querySelectorAll<HTMLLIElement>(':scope > li') ?? [];
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
            <li
              key={member.id}
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
                          list.current?.querySelectorAll<HTMLLIElement>(':scope > li')[index]?.focus();
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
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function OthersInAttendance({
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
function presentPeople(detail: AttendanceDetail) {
  return detail.register.attendees.filter((a) => a.status === 'present');
}

/** "Councillor Ann Smith", for anyone the register names. */
function fullNameIn(register: AttendanceDetail['register'], personId: string): string {
  const person = peopleOf(register).get(personId);
  return person ? formatPersonName(person) : 'Someone';
}

function Movements({ detail, change }: { detail: AttendanceDetail; change: Change }) {
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
      ) : null}
    </section>
  );
}

const categoryOptions = interestCategories.map((category) => ({
  value: category,
  label: capitalise(category),
}));

function Declarations({ detail, change }: { detail: AttendanceDetail; change: Change }) {
  const { register } = detail;
  const declarers = register.attendees.filter(
    (a) => (a.kind === 'member' || a.kind === 'substitute') && a.status === 'present',
  );
  const [personId, setPersonId] = useState('');
  const [itemId, setItemId] = useState('');
  const [category, setCategory] = useState<InterestCategory>('disclosable pecuniary');
  const [interest, setInterest] = useState('');
  const [withdrew, setWithdrew] = useState(false);
  const text = attendanceText(register).declarations;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const who = personId || declarers[0]?.personId;
    const item = itemId || register.items[0]?.id;
    if (!who || !item) return;
    void change(
      () =>
        api.call('declarations.add', {
          meetingId: detail.meeting.id,
          personId: who,
          itemId: item,
          category,
          interest,
          withdrew,
        }),
      'Declaration recorded.',
    ).then((done) => {
      if (done) {
        setInterest('');
        setWithdrew(false);
      }
    });
  };
  return (
    <section aria-labelledby="declarations-heading">
      <h2 id="declarations-heading">Declarations of interest</h2>
      {register.declarations.length ? (
        <ul aria-labelledby="declarations-heading">
          {register.declarations.map((declaration) => {
            const name = fullNameIn(register, declaration.personId);
            const item = register.items.find((i) => i.id === declaration.itemId);
            return (
              <li key={declaration.id}>
                {name}: {declaration.category} interest in item {item?.number} {declaration.interest}
                {declaration.withdrew ? ' (withdrew)' : ''}{' '}
                <button
                  type="button"
                  aria-label={`Remove the declaration by ${name} on item ${item?.number ?? ''}`}
                  onClick={() =>
                    void change(
                      () => api.call('declarations.remove', { id: declaration.id }),
                      'Declaration removed.',
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
        <p>{text}</p>
      )}
      {declarers.length && register.items.length ? (
        <form onSubmit={submit} aria-label="Record a declaration of interest" className="inline-form">
          <SelectField
            label="Member"
            value={personId || declarers[0]!.personId}
            options={declarers.map((a) => ({ value: a.personId, label: formatPersonName(a.person) }))}
            onChange={setPersonId}
          />
          <SelectField
            label="Item"
            value={itemId || register.items[0]!.id}
            options={register.items.map((item) => ({
              value: item.id,
              label: `${register.minuteNumbers[item.id]} ${item.title}`,
            }))}
            onChange={setItemId}
          />
          <SelectField<InterestCategory>
            label="Category"
            value={category}
            options={categoryOptions}
            onChange={setCategory}
          />
          <TextField
            label="The interest"
            value={interest}
            hint="Written to follow “declared an interest in minute 46”, e.g. “as a director of a care provider”."
            onChange={setInterest}
          />
          <CheckboxField
            label="Withdrew from the room for the item"
            checked={withdrew}
            onChange={setWithdrew}
          />
          <FormButtons submitLabel="Record declaration" />
        </form>
      ) : null}
    </section>
  );
}

const shortReasons: Record<NotCountedReason, string> = {
  apologies: 'apologies',
  absent: 'absent',
  'not recorded': 'not recorded',
  remote: 'remote',
  'arrived during the item': 'arrived during it',
  'left during the item': 'left during it',
  'not in the room': 'not in the room',
  withdrew: 'withdrew',
};

function QuorumTable({ detail }: { detail: AttendanceDetail }) {
  const { register } = detail;
  const people = peopleOf(register);
  const nameOf = (personId: string) => people.get(personId)?.name ?? 'Someone';

  const counts = itemCounts(register);
  return (
    <section aria-labelledby="quorum-heading">
      <h2 id="quorum-heading">Quorum by item</h2>
      <table>
        <caption className="visually-hidden">
          Members who count for each item, and whether it is quorate
        </caption>
        <thead>
          <tr>
            <th scope="col">Minute</th>
            <th scope="col">Item</th>
            <th scope="col">Members counting</th>
            <th scope="col">Quorum ({register.quorum})</th>
            <th scope="col">Not counting</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((count) => {
            const item = register.items.find((i) => i.id === count.itemId)!;
            return (
              <tr key={count.itemId}>
                <td>{register.minuteNumbers[item.id]}</td>
                <th scope="row">{item.title}</th>
                <td>{count.counting.length}</td>
                <td className={count.quorate ? 'quorate' : 'inquorate'}>
                  {count.quorate ? 'Quorate' : 'Inquorate'}
                </td>
                <td>
                  {count.notCounting
                    .filter((entry) => !['apologies', 'absent', 'not recorded'].includes(entry.reason))
                    .map((entry) => `${nameOf(entry.personId)} (${shortReasons[entry.reason]})`)
                    .join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

const sectionLabels: Record<TextSection, string> = {
  present: 'Present',
  apologies: 'Apologies and absence',
  substitutes: 'Substitutes',
  officers: 'Officers in attendance',
  others: 'Others in attendance',
  movements: 'Arrivals and departures',
  declarations: 'Declarations of interest',
};

function Wording({
  detail,
  change,
  replace,
}: {
  detail: AttendanceDetail;
  change: Change;
  replace: (detail: AttendanceDetail) => void;
}) {
  const generated = attendanceText(detail.register);
  return (
    <section aria-labelledby="wording-heading">
      <h2 id="wording-heading">In the minutes</h2>
      <p className="hint">
        Written from the register above. Rewording a section keeps the register as it is; the minutes use your
        words until you go back to the generated ones.
      </p>
      <dl className="wording">
        {textSections.map((section) => (
          <WordingSection
            key={section}
            section={section}
            generated={generated[section]}
            override={detail.overrides.find((o) => o.section === section)}
            meetingId={detail.meeting.id}
            change={change}
            replace={replace}
          />
        ))}
      </dl>
    </section>
  );
}

function WordingSection({
  section,
  generated,
  override,
  meetingId,
  change,
  replace,
}: {
  section: TextSection;
  generated: string;
  override: AttendanceDetail['overrides'][number] | undefined;
  meetingId: string;
  change: Change;
  replace: (detail: AttendanceDetail) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const label = sectionLabels[section];
  const shown = override?.text ?? generated;
  const stale = override && override.generatedWhenWritten !== generated;
  // The officer's wording is saved as it is typed, like the minutes.
  const { change: saveWording, state } = useAutosaver<string>(
    `wording:${meetingId}:${section}`,
    0,
    async (text) => {
      replace(await api.call('attendance.setText', { meetingId, section, text }, { durable: true }));
      return { version: 0 };
    },
  );
  const useGenerated = () =>
    void change(
      () => api.call('attendance.setText', { meetingId, section, text: null }),
      `${label}: back to the generated wording.`,
    );
  return (
    <div className="wording-section">
      <dt>{label}</dt>
      <dd>
        {editing !== null ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setEditing(null);
            }}
          >
            <TextField
              label={`${label}: your wording`}
              value={editing}
              multiline
              autoFocus
              onChange={(text) => {
                setEditing(text);
                saveWording(text);
              }}
            />
            <p className="save-line">
              <SaveIndicator state={state} />
              <button type="submit">Done</button>
            </p>
          </form>
        ) : (
          <>
            <p data-testid={`wording-${section}`}>{shown || <em>Nothing to say.</em>}</p>
            {override ? <p className="hint">Your wording{stale ? '' : '.'}</p> : null}
            {stale ? (
              <p className="warning" role="note">
                The register has changed since you wrote this. The generated wording is now: “{generated}”
              </p>
            ) : null}
            <button type="button" aria-label={`Reword: ${label}`} onClick={() => setEditing(shown)}>
              Reword
            </button>
            {override ? (
              <button type="button" aria-label={`Use the generated wording: ${label}`} onClick={useGenerated}>
                Use the generated wording
              </button>
            ) : null}
          </>
        )}
      </dd>
    </div>
  );
}
