import { useState, type FormEvent } from 'react';
import type { AgendaItem, Person } from '../../shared/domain';
import { formatPersonName } from '../../shared/format';
import { CheckboxField, FormButtons, SelectField, TextField, pick } from '../components/Field';
import { ExemptionFields } from './ExemptionFields';

export type AgendaItemDraft = Pick<
  AgendaItem,
  'title' | 'purpose' | 'leadOfficerId' | 'exempt' | 'exemptBasis' | 'exemptParagraph'
>;

const blank: AgendaItemDraft = {
  title: '',
  purpose: '',
  leadOfficerId: null,
  exempt: false,
  exemptBasis: null,
  exemptParagraph: null,
};

/** A draft that was not saved, with what was typed into the cleared form since kept after its words. */
function keepBoth(sent: AgendaItemDraft, typed: AgendaItemDraft): AgendaItemDraft {
  const join = (before: string, after: string) =>
    before.trim() && after.trim() ? `${before} ${after}` : before.trim() ? before : after;
  return {
    ...sent,
    title: join(sent.title, typed.title),
    purpose: join(sent.purpose, typed.purpose),
    leadOfficerId: sent.leadOfficerId ?? typed.leadOfficerId,
  };
}

interface AgendaItemFormProps {
  initial?: AgendaItemDraft;
  officers: Person[];
  submitLabel: string;
  /** Returns true when saved, so the form can clear itself. */
  onSubmit: (draft: AgendaItemDraft) => Promise<boolean>;
  onCancel?: () => void;
  /** What the button that leaves the form says (default "Cancel"). */
  cancelLabel?: string;
  autoFocus?: boolean;
}

export function AgendaItemForm({
  initial = blank,
  officers,
  submitLabel,
  onSubmit,
  onCancel,
  cancelLabel,
  autoFocus,
}: AgendaItemFormProps) {
  // Only the editable fields: an AgendaItem passed in also carries its id, meeting and number.
  const [draft, setDraft] = useState<AgendaItemDraft>(() =>
    pick(initial, ['title', 'purpose', 'leadOfficerId', 'exempt', 'exemptBasis', 'exemptParagraph']),
  );
  const change = (patch: Partial<AgendaItemDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (initial !== blank) {
      void onSubmit(draft);
      return;
    }
    // A new item: the form is cleared and its Title takes the focus at once, not once the item is
    // saved, so that the next title typed straight after "Add item" (or Enter) goes into it; before,
    // the keys went to the button until the save came back, and its first word was lost.
    const sent = draft;
    setDraft(blank);
    event.currentTarget.querySelector<HTMLInputElement>('input')?.focus();
    void onSubmit(sent).then((saved) => {
      if (saved) return;
      // Not saved: the item comes back as it was sent, and anything typed since is kept after it.
      setDraft((typed) => (typed === blank ? sent : keepBoth(sent, typed)));
    });
  };
  return (
    <form onSubmit={submit} aria-label={submitLabel} className="inline-form">
      <TextField
        label="Title"
        value={draft.title}
        required
        autoFocus={autoFocus}
        onChange={(title) => change({ title })}
      />
      <TextField
        label="Purpose"
        value={draft.purpose}
        multiline
        hint="For example: To receive a report from the Director of Communities on…"
        onChange={(purpose) => change({ purpose })}
      />
      <SelectField
        label="Lead officer"
        value={draft.leadOfficerId ?? ''}
        options={[
          { value: '', label: 'None' },
          ...officers.map((person) => ({
            value: person.id,
            label: `${formatPersonName(person)}${person.role ? `, ${person.role}` : ''}`,
          })),
        ]}
        onChange={(id) => change({ leadOfficerId: id || null })}
      />
      <CheckboxField
        label="Exempt (Part 2: not for publication)"
        checked={draft.exempt}
        onChange={(exempt) =>
          change(
            exempt
              ? {
                  exempt,
                  exemptBasis: draft.exemptBasis ?? 'schedule 12A',
                  exemptParagraph: draft.exemptParagraph ?? 3,
                }
              : { exempt, exemptBasis: null, exemptParagraph: null },
          )
        }
      />
      {draft.exempt ? (
        <ExemptionFields
          value={{ exemptBasis: draft.exemptBasis, exemptParagraph: draft.exemptParagraph }}
          onChange={change}
        />
      ) : null}
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} cancelLabel={cancelLabel} />
    </form>
  );
}
