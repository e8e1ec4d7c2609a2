// An officer decision record: the fields regulation 7 (delegated) or regulation 13 (executive) asks for.
import { useState, type FormEvent } from 'react';
import { exemptParagraphs, type Person } from '../../shared/domain';
import { formatPersonName } from '../../shared/format';
import { type OfficerDecision, officerDecisionKinds } from '../../shared/statutory';
import { CheckboxField, FormButtons, SelectField, TextField, pick } from '../components/Field';
import { today } from '../deadlines/today';

export type OfficerDecisionDraft = Omit<OfficerDecision, 'id' | 'version'>;

const fieldNames = [
  'kind',
  'reference',
  'title',
  'decision',
  'decidedOn',
  'officerId',
  'authority',
  'reasons',
  'alternatives',
  'consultation',
  'interests',
  'dispensations',
  'exemptParagraph',
  'publishedOn',
] as const satisfies readonly (keyof OfficerDecisionDraft)[];

export const blankOfficerDecision = (): OfficerDecisionDraft => ({
  kind: 'delegated',
  reference: '',
  title: '',
  decision: '',
  decidedOn: today(),
  officerId: null,
  authority: '',
  reasons: '',
  alternatives: '',
  consultation: '',
  interests: '',
  dispensations: '',
  exemptParagraph: null,
  publishedOn: null,
});

export function OfficerDecisionForm({
  officers,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  officers: Person[];
  initial: OfficerDecisionDraft;
  submitLabel: string;
  onSubmit: (draft: OfficerDecisionDraft) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<OfficerDecisionDraft>(() => pick(initial, fieldNames));
  const change = (patch: Partial<OfficerDecisionDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const text = (
    label: string,
    key:
      'decision' | 'authority' | 'reasons' | 'alternatives' | 'consultation' | 'interests' | 'dispensations',
    hint?: string,
  ) => (
    <TextField
      label={label}
      value={draft[key]}
      multiline
      hint={hint}
      onChange={(value) => change({ [key]: value })}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit(draft).then((saved) => {
      if (saved && !onCancel) setDraft(blankOfficerDecision());
    });
  };
  return (
    <form onSubmit={submit} aria-label={submitLabel} className="stacked-form">
      <SelectField
        label="Kind of decision"
        value={draft.kind}
        options={officerDecisionKinds.map((kind) => ({
          value: kind,
          label:
            kind === 'delegated'
              ? 'Delegated (Openness Regulations 2014, reg 7)'
              : 'Executive (2012 Regulations, reg 13)',
        }))}
        onChange={(kind) => change({ kind })}
      />
      <TextField label="Reference" value={draft.reference} onChange={(reference) => change({ reference })} />
      <TextField label="Title" value={draft.title} required onChange={(title) => change({ title })} />
      {text('Decision taken', 'decision')}
      <TextField
        label="Date of decision"
        type="date"
        value={draft.decidedOn}
        required
        onChange={(decidedOn) => change({ decidedOn })}
      />
      <SelectField
        label="Officer who took it"
        value={draft.officerId ?? ''}
        options={[
          { value: '', label: 'Not recorded' },
          ...officers.map((officer) => ({
            value: officer.id,
            label: `${formatPersonName(officer)}${officer.role ? `, ${officer.role}` : ''}`,
          })),
        ]}
        onChange={(officerId) => change({ officerId: officerId || null })}
      />
      {text(
        'Authority (delegation relied on)',
        'authority',
        'The paragraph of the scheme of delegation, or the resolution.',
      )}
      {text('Reasons for the decision', 'reasons')}
      {text('Alternatives considered and rejected', 'alternatives')}
      {text('Consultation', 'consultation', 'Who was consulted, including any executive member.')}
      {text('Conflicts of interest declared', 'interests')}
      {text('Dispensations', 'dispensations')}
      <CheckboxField
        label="Exempt information (not for publication)"
        checked={draft.exemptParagraph !== null}
        onChange={(exempt) => change({ exemptParagraph: exempt ? 3 : null })}
      />
      {draft.exemptParagraph !== null ? (
        <SelectField
          label="Schedule 12A paragraph of the record"
          value={String(draft.exemptParagraph)}
          options={exemptParagraphs.map((p) => ({ value: String(p), label: `Paragraph ${p}` }))}
          onChange={(paragraph) => change({ exemptParagraph: Number(paragraph) })}
        />
      ) : null}
      <TextField
        label="Published on"
        type="date"
        value={draft.publishedOn ?? ''}
        hint="Leave empty until it is published."
        onChange={(publishedOn) => change({ publishedOn: publishedOn || null })}
      />
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
