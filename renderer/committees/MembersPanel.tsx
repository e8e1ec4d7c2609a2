import { useState, type FormEvent } from 'react';
import { membershipRoles, type CommitteeDetail, type MembershipRole } from '../../shared/domain';
import { capitalise, formatLongDate, formatPersonName } from '../../shared/format';
import { api } from '../api/client';
import { FormButtons, SelectField, TextField } from '../components/Field';
import { useAppStore } from '../state/store';

const roleOptions = membershipRoles.map((role) => ({ value: role, label: capitalise(role) }));

export function MembersPanel({ detail }: { detail: CommitteeDetail }) {
  const people = useAppStore((state) => state.people);
  const perform = useAppStore((state) => state.perform);
  const committeeId = detail.committee.id;
  const memberIds = new Set(detail.members.map((member) => member.personId));
  const candidates = people.filter((person) => !memberIds.has(person.id) && person.kind === 'member');
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MembershipRole>('member');
  const [newName, setNewName] = useState('');
  const [newParty, setNewParty] = useState('');
  const [newRole, setNewRole] = useState<MembershipRole>('member');

  const addExisting = (event: FormEvent) => {
    event.preventDefault();
    const chosen = personId || candidates[0]?.id;
    if (!chosen) return;
    void perform(
      () => api.call('memberships.add', { committeeId, personId: chosen, role }),
      (membership) => `${formatPersonName(membership.person)} added to the committee.`,
    ).then(() => setPersonId(''));
  };

  // A councillor not yet in the directory: one form creates the person and the membership.
  const addNew = (event: FormEvent) => {
    event.preventDefault();
    void perform(
      () =>
        api.call('memberships.addNewPerson', {
          committeeId,
          role: newRole,
          person: {
            name: newName,
            honorific: 'Councillor',
            role: '',
            organisation: '',
            party: newParty,
            kind: 'member',
          },
        }),
      (membership) => `${formatPersonName(membership.person)} added to the committee.`,
    ).then((membership) => {
      if (membership) {
        setNewName('');
        setNewParty('');
        setNewRole('member');
      }
    });
  };

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members ({detail.members.length})</h2>
      <table>
        <caption className="visually-hidden">Members of {detail.committee.name}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Party</th>
            <th scope="col">Role</th>
            <th scope="col">Joined</th>
            <th scope="col">Left</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {detail.members.map((member) => {
            const name = formatPersonName(member.person);
            return (
              <tr key={member.id}>
                <th scope="row">{name}</th>
                <td>{member.person.party}</td>
                <td>
                  <select
                    aria-label={`Role of ${name}`}
                    value={member.role}
                    onChange={(event) =>
                      void perform(
                        () =>
                          api.call('memberships.update', {
                            id: member.id,
                            role: event.target.value as MembershipRole,
                          }),
                        `${name} is now ${event.target.value}.`,
                      )
                    }
                  >
                    {roleOptions.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <MembershipDate
                    label={`${name} joined on`}
                    value={member.joinedOn}
                    onSave={(joinedOn) =>
                      perform(
                        () => api.call('memberships.update', { id: member.id, joinedOn }),
                        joinedOn
                          ? `${name} joined on ${formatLongDate(joinedOn)}.`
                          : `Joining date of ${name} cleared.`,
                      )
                    }
                  />
                </td>
                <td>
                  <MembershipDate
                    label={`${name} left on`}
                    value={member.leftOn}
                    onSave={(leftOn) =>
                      perform(
                        () => api.call('memberships.update', { id: member.id, leftOn }),
                        leftOn
                          ? `${name} is a member until the day before ${formatLongDate(leftOn)}.`
                          : `${name} is a member with no end date.`,
                      )
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove ${name} from the committee`}
                    onClick={() =>
                      void perform(
                        () => api.call('memberships.remove', { id: member.id }),
                        `${name} removed from the committee.`,
                      )
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {candidates.length > 0 ? (
        <form onSubmit={addExisting} aria-label="Add a member from the directory" className="inline-form">
          <h3>Add a member from the directory</h3>
          <SelectField
            label="Person"
            value={personId || candidates[0]?.id || ''}
            options={candidates.map((person) => ({ value: person.id, label: formatPersonName(person) }))}
            onChange={setPersonId}
          />
          <SelectField<MembershipRole> label="Role" value={role} options={roleOptions} onChange={setRole} />
          <FormButtons submitLabel="Add member" />
        </form>
      ) : null}
      <form onSubmit={addNew} aria-label="Add a new councillor" className="inline-form">
        <h3>Add a new councillor</h3>
        <TextField label="Councillor’s name" value={newName} required onChange={setNewName} />
        <TextField label="Party" value={newParty} onChange={setNewParty} />
        <SelectField<MembershipRole>
          label="Committee role"
          value={newRole}
          options={roleOptions}
          onChange={setNewRole}
        />
        <FormButtons submitLabel="Add councillor" />
      </form>
    </section>
  );
}

/** A membership date: saved when the field is left with a whole date in it, or emptied. */
function MembershipDate({
  label,
  value,
  onSave,
}: {
  label: string;
  value: string | null;
  onSave: (value: string | null) => Promise<unknown>;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const save = () => {
    const next = draft === '' ? null : draft;
    if (next === value || (next !== null && !/^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(next))) return;
    void onSave(next).then((saved) => {
      if (saved === undefined) setDraft(value ?? '');
    });
  };
  return (
    <input
      type="date"
      aria-label={label}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') save();
      }}
    />
  );
}
