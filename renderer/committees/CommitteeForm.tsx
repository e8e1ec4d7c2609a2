import { useState, type FormEvent } from 'react';
import { committeeKinds, type Committee } from '../../shared/domain';
import { capitalise } from '../../shared/format';
import { CheckboxField, FormButtons, SelectField, TextField, pick } from '../components/Field';
import { numberedLike } from './numberedLike';

export type CommitteeDraft = Omit<Committee, 'id'>;

const blank: CommitteeDraft = {
  name: '',
  kind: 'other',
  quorum: 3,
  defaultVenue: '',
  numberingScheme: '{n}',
  remoteCounts: false,
};

interface CommitteeFormProps {
  initial?: CommitteeDraft;
  submitLabel: string;
  onSubmit: (draft: CommitteeDraft) => void;
  onCancel?: () => void;
}

export function CommitteeForm({ initial = blank, submitLabel, onSubmit, onCancel }: CommitteeFormProps) {
  const [draft, setDraft] = useState<CommitteeDraft>(() =>
    pick(initial, ['name', 'kind', 'quorum', 'defaultVenue', 'numberingScheme', 'remoteCounts']),
  );
  const [quorum, setQuorum] = useState(String(initial.quorum));
  const change = (patch: Partial<CommitteeDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...draft, quorum: Number(quorum) });
  };
  return (
    <form onSubmit={submit} aria-label={submitLabel}>
      <TextField
        label="Committee name"
        value={draft.name}
        required
        autoFocus={!initial.name}
        onChange={(name) => change({ name })}
      />
      <SelectField
        label="Kind"
        value={draft.kind}
        options={committeeKinds.map((kind) => ({ value: kind, label: capitalise(kind) }))}
        onChange={(kind) => change({ kind })}
      />
      <TextField label="Quorum" type="number" min={1} value={quorum} required onChange={setQuorum} />
      <TextField
        label="Default venue"
        value={draft.defaultVenue}
        onChange={(defaultVenue) => change({ defaultVenue })}
      />
      <TextField
        label="Minute numbering scheme"
        value={draft.numberingScheme}
        required
        hint={`{n} is the minute number; {yy} or {yyyy} the municipal year, e.g. {n}/{yy} or CAB{n}.${
          draft.numberingScheme.includes('{n}')
            ? ` This year’s minutes: ${numberedLike(draft.numberingScheme)}`
            : ''
        }`}
        onChange={(numberingScheme) => change({ numberingScheme })}
      />
      <CheckboxField
        label="Members attending remotely count as present and may vote (Wales; not England)"
        checked={draft.remoteCounts}
        onChange={(remoteCounts) => change({ remoteCounts })}
      />
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
