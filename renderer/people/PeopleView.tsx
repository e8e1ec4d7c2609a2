import { useState } from 'react';
import type { Person } from '../../shared/domain';
import { capitalise, formatPersonName } from '../../shared/format';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ViewHeading } from '../components/ViewHeading';
import { useAppStore } from '../state/store';
import { PersonForm } from './PersonForm';

export function PeopleView() {
  const people = useAppStore((state) => state.people);
  const perform = useAppStore((state) => state.perform);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Person | null>(null);
  return (
    <section>
      <ViewHeading focusKey="people">People</ViewHeading>
      <p>
        Everyone who appears in your minutes: councillors, officers and others. Typed once, used everywhere.
      </p>
      <table>
        <caption className="visually-hidden">People directory</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Role or job title</th>
            <th scope="col">Party</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const name = formatPersonName(person);
            return editingId === person.id ? (
              <tr key={person.id}>
                <td colSpan={5}>
                  <PersonForm
                    initial={person}
                    submitLabel={`Save ${name}`}
                    onCancel={() => setEditingId(null)}
                    onSubmit={async (draft) => {
                      const saved = await perform(
                        () => api.call('people.update', { id: person.id, ...draft }),
                        `${draft.name} saved.`,
                      );
                      if (saved) setEditingId(null);
                      return saved !== undefined;
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={person.id}>
                <th scope="row">{name}</th>
                <td>{capitalise(person.kind)}</td>
                <td>{person.role}</td>
                <td>{person.party}</td>
                <td className="row-actions">
                  <button type="button" aria-label={`Edit ${name}`} onClick={() => setEditingId(person.id)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Delete ${name}`}
                    onClick={() => setDeleting(person)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Add a person</h2>
      <PersonForm
        submitLabel="Add person"
        onSubmit={async (draft) =>
          (await perform(
            () => api.call('people.create', draft),
            (person) => `${formatPersonName(person)} added.`,
          )) !== undefined
        }
      />
      {deleting ? (
        <ConfirmDialog
          title={`Delete ${formatPersonName(deleting)}?`}
          message="They will be removed from the directory and from every committee they belong to. Agenda items they lead will have no lead officer."
          confirmLabel="Delete person"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const person = deleting;
            setDeleting(null);
            void perform(
              () => api.call('people.delete', { id: person.id }),
              `${formatPersonName(person)} deleted.`,
            );
          }}
        />
      ) : null}
    </section>
  );
}
