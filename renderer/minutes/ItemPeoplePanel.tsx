import { useEffect, useState } from 'react';
import type { ItemPerson, ItemPersonRole, Person } from '../../shared/domain';
import { formatPersonName } from '../../shared/format';
import { api } from '../api/client';
import { PersonPicker } from '../components/PersonPicker';
import { useAppStore } from '../state/store';
import { useAutosaver } from '../saving/saveStates';

const headings: Record<ItemPersonRole, { title: string; picker: string }> = {
  presenter: { title: 'Presented by', picker: 'Add a presenter' },
  attendee: { title: 'In attendance for this item', picker: 'Add someone in attendance' },
};

/** Who presented the item and "the following were in attendance" (seed 000). */
export function ItemPeoplePanel({ itemId }: { itemId: string }) {
  const [listed, setListed] = useState<ItemPerson[] | null>(null);
  useEffect(() => {
    let current = true;
    void api.call('itemPeople.list', { itemId }).then((loaded) => current && setListed(loaded));
    return () => {
      current = false;
    };
  }, [itemId]);
  if (!listed) return null;
  return (
    <section className="item-people" aria-label="People for this item">
      {(['presenter', 'attendee'] as const).map((role) => (
        <RoleList
          key={role}
          itemId={itemId}
          role={role}
          initial={listed.filter((entry) => entry.role === role)}
        />
      ))}
    </section>
  );
}

function RoleList({
  itemId,
  role,
  initial,
}: {
  itemId: string;
  role: ItemPersonRole;
  initial: ItemPerson[];
}) {
  const people = useAppStore((state) => state.people);
  const [entries, setEntries] = useState(initial);
  const { change } = useAutosaver<ItemPerson[]>(`people:${itemId}:${role}`, 0, async (value) => {
    await api.call(
      'itemPeople.set',
      { itemId, role, people: value.map(({ personId, capacity }) => ({ personId, capacity })) },
      { durable: true },
    );
    return { version: 0 };
  });
  const update = (next: ItemPerson[]) => {
    setEntries(next);
    change(next);
  };
  const add = (person: Person, capacity: string) =>
    update([...entries, { personId: person.id, role, capacity, person }]);
  const { title, picker } = headings[role];
  const headingId = `${role}-${itemId}-heading`;
  return (
    <div className="role-list">
      <h2 id={headingId}>{title}</h2>
      {entries.length === 0 ? <p className="hint">Nobody listed.</p> : null}
      <ul aria-labelledby={headingId}>
        {entries.map((entry, index) => {
          const name = formatPersonName(entry.person);
          return (
            <li key={entry.personId}>
              <span className="person-name">{name}</span>
              <label className="inline-label">
                <span className="visually-hidden">Capacity of {name} for this item</span>
                <input
                  value={entry.capacity}
                  placeholder={entry.person.role || 'Role for this item'}
                  onChange={(event) =>
                    update(entries.map((e, i) => (i === index ? { ...e, capacity: event.target.value } : e)))
                  }
                />
              </label>
              <button
                type="button"
                aria-label={`Remove ${name} from ${title.toLowerCase()}`}
                onClick={() => update(entries.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <PersonPicker
        label={picker}
        people={people}
        exclude={entries.map((entry) => entry.personId)}
        onPick={add}
      />
    </div>
  );
}
