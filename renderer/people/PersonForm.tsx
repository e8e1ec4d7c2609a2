import { useState, type FormEvent } from 'react';
import { personKinds, type Person } from '../../shared/domain';
import { capitalise } from '../../shared/format';
import { FormButtons, SelectField, TextField, pick } from '../components/Field';

export type PersonDraft = Omit<Person, 'id'>;

const blank: PersonDraft = {
  name: '',
  honorific: '',
  role: '',
  organisation: '',
  party: '',
  kind: 'officer',
};

interface PersonFormProps {
  initial?: PersonDraft;
  submitLabel: string;
  onSubmit: (draft: PersonDraft) => Promise<boolean>;
  onCancel?: () => void;
}

export function PersonForm({ initial = blank, submitLabel, onSubmit, onCancel }: PersonFormProps) {
  const [draft, setDraft] = useState<PersonDraft>(() =>
    pick(initial, ['name', 'honorific', 'role', 'organisation', 'party', 'kind']),
  );
  const change = (patch: Partial<PersonDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit(draft).then((saved) => saved && initial === blank && setDraft(blank));
  };
  return (
    <form onSubmit={submit} aria-label={submitLabel} className="inline-form">
      <TextField label="Name" value={draft.name} required onChange={(name) => change({ name })} />
      <TextField
        label="Honorific"
        value={draft.honorific}
        hint="Councillor, Mr, Mrs, Ms, Dr…"
        onChange={(honorific) => change({ honorific })}
      />
      <SelectField
        label="Kind"
        value={draft.kind}
        options={personKinds.map((kind) => ({ value: kind, label: capitalise(kind) }))}
        onChange={(kind) => change({ kind })}
      />
      <TextField label="Role or job title" value={draft.role} onChange={(role) => change({ role })} />
      <TextField
        label="Organisation"
        value={draft.organisation}
        onChange={(organisation) => change({ organisation })}
      />
      <TextField label="Party" value={draft.party} onChange={(party) => change({ party })} />
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
