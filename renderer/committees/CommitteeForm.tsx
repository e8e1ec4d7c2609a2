import { useState, type FormEvent } from 'react';
import { nationNames, nations } from '../../shared/calendar/settings';
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
  nation: 'england',
  callInDays: 5,
};

interface CommitteeFormProps {
  initial?: CommitteeDraft;
  submitLabel: string;
  onSubmit: (draft: CommitteeDraft) => void;
  onCancel?: () => void;
}

export function CommitteeForm({ initial = blank, submitLabel, onSubmit, onCancel }: CommitteeFormProps) {
  const [draft, setDraft] = useState<CommitteeDraft>(() =>
    pick(initial, [
      'name',
      'kind',
      'quorum',
      'defaultVenue',
      'numberingScheme',
      'remoteCounts',
      'nation',
      'callInDays',
    ]),
  );
  const [quorum, setQuorum] = useState(String(initial.quorum));
  const [callInDays, setCallInDays] = useState(String(initial.callInDays));
  const change = (patch: Partial<CommitteeDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...draft, quorum: Number(quorum), callInDays: Number(callInDays) });
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
      <SelectField
        label="Nation (its law and bank holidays set the deadlines)"
        value={draft.nation}
        options={nations.map((nation) => ({ value: nation, label: nationNames[nation] }))}
        onChange={(nation) => change({ nation })}
      />
      <TextField
        label="Call-in period (working days)"
        type="number"
        min={1}
        value={callInDays}
        required
        hint="How long after a decision notice is published its decisions can be called in, as the constitution says: commonly 5."
        onChange={setCallInDays}
      />
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
