// An entry in the notice of key decisions: regulation 9's fields, a private meeting's paragraph and
// reasons, and the route taken when 28 clear days' notice could not be given.
import { useEffect, useState, type FormEvent } from 'react';
import { addDays } from '../../shared/calendar';
import { exemptParagraphs, type AgendaItem, type CommitteeDetail } from '../../shared/domain';
import { capitalise } from '../../shared/format';
import { keyDecisionStatuses, urgencyRoutes, type KeyDecision } from '../../shared/statutory';
import { api } from '../api/client';
import { CheckboxField, FormButtons, SelectField, TextField, pick } from '../components/Field';
import { today } from '../deadlines/today';

export type KeyDecisionDraft = Omit<KeyDecision, 'id' | 'committeeId' | 'version'>;

const fieldNames = [
  'itemId',
  'reference',
  'matter',
  'decisionMaker',
  'decisionDate',
  'documents',
  'documentsFrom',
  'contact',
  'noticePublishedOn',
  'private',
  'exemptParagraph',
  'privateReasons',
  'urgencyRoute',
  'routeAgreedBy',
  'routeNoticeOn',
  'routeReasons',
  'status',
] as const satisfies readonly (keyof KeyDecisionDraft)[];

export const blankKeyDecision = (decisionMaker: string): KeyDecisionDraft => ({
  itemId: null,
  reference: '',
  matter: '',
  decisionMaker,
  decisionDate: addDays(today(), 35),
  documents: '',
  documentsFrom: '',
  contact: '',
  noticePublishedOn: today(),
  private: false,
  exemptParagraph: null,
  privateReasons: '',
  urgencyRoute: 'none',
  routeAgreedBy: '',
  routeNoticeOn: null,
  routeReasons: '',
  status: 'planned',
});

interface KeyDecisionFormProps {
  detail: CommitteeDetail;
  initial: KeyDecisionDraft;
  submitLabel: string;
  onSubmit: (draft: KeyDecisionDraft) => Promise<boolean>;
  onCancel?: () => void;
}

export function KeyDecisionForm({ detail, initial, submitLabel, onSubmit, onCancel }: KeyDecisionFormProps) {
  const [draft, setDraft] = useState<KeyDecisionDraft>(() => pick(initial, fieldNames));
  const change = (patch: Partial<KeyDecisionDraft>) => setDraft((current) => ({ ...current, ...patch }));
  // The agenda of the body's meeting on the decision date, to link the entry to its item.
  const meeting = detail.meetings.find((m) => m.date === draft.decisionDate);
  const [agenda, setAgenda] = useState<{ meetingId: string; items: AgendaItem[] } | null>(null);
  useEffect(() => {
    if (!meeting) return;
    let current = true;
    void api
      .call('meetings.get', { id: meeting.id })
      .then((m) => current && setAgenda({ meetingId: m.meeting.id, items: m.items }));
    return () => {
      current = false;
    };
  }, [meeting]);
  const items = meeting && agenda?.meetingId === meeting.id ? agenda.items : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit(draft).then((saved) => {
      if (saved && !onCancel) setDraft(pick(initial, fieldNames));
    });
  };
  const optional = (value: string) => value || null;
  return (
    <form onSubmit={submit} aria-label={submitLabel} className="stacked-form">
      <TextField
        label="Reference"
        value={draft.reference}
        hint="For example KD 2024/013."
        onChange={(reference) => change({ reference })}
      />
      <TextField
        label="Matter"
        value={draft.matter}
        required
        multiline
        onChange={(matter) => change({ matter })}
      />
      <TextField
        label="Decision maker"
        value={draft.decisionMaker}
        hint="The body (its members are listed in the notice), or the Cabinet Member's name and title."
        onChange={(decisionMaker) => change({ decisionMaker })}
      />
      <TextField
        label="Date of decision"
        type="date"
        value={draft.decisionDate}
        required
        onChange={(decisionDate) => change({ decisionDate, itemId: null })}
      />
      {meeting ? (
        <SelectField
          label="Agenda item at the meeting that day"
          value={draft.itemId ?? ''}
          options={[
            { value: '', label: 'None' },
            ...items.map((item) => ({ value: item.id, label: `${item.number}. ${item.title}` })),
          ]}
          onChange={(itemId) => change({ itemId: itemId || null })}
        />
      ) : null}
      <TextField
        label="Documents to be submitted"
        value={draft.documents}
        multiline
        onChange={(documents) => change({ documents })}
      />
      <TextField
        label="Documents available from"
        value={draft.documentsFrom}
        hint="The address (or email) from which copies or extracts can be had."
        onChange={(documentsFrom) => change({ documentsFrom })}
      />
      <TextField label="Contact officer" value={draft.contact} onChange={(contact) => change({ contact })} />
      <TextField
        label="First published in the notice on"
        type="date"
        value={draft.noticePublishedOn ?? ''}
        hint="28 clear days before the decision, counting every day."
        onChange={(noticePublishedOn) => change({ noticePublishedOn: optional(noticePublishedOn) })}
      />
      <CheckboxField
        label="To be taken in private (exempt information)"
        checked={draft.private}
        onChange={(isPrivate) =>
          change({ private: isPrivate, exemptParagraph: isPrivate ? (draft.exemptParagraph ?? 3) : null })
        }
      />
      {draft.private ? (
        <>
          <SelectField
            label="Schedule 12A paragraph"
            value={String(draft.exemptParagraph ?? 3)}
            options={exemptParagraphs.map((p) => ({ value: String(p), label: `Paragraph ${p}` }))}
            onChange={(paragraph) => change({ exemptParagraph: Number(paragraph) })}
          />
          <TextField
            label="Reasons for taking it in private"
            value={draft.privateReasons}
            multiline
            onChange={(privateReasons) => change({ privateReasons })}
          />
        </>
      ) : null}
      <SelectField
        label="When 28 clear days’ notice is impossible"
        value={draft.urgencyRoute}
        options={urgencyRoutes.map((route) => ({
          value: route,
          label:
            route === 'none'
              ? 'Not needed'
              : route === 'general exception'
                ? 'General exception (regulation 10)'
                : 'Special urgency (regulation 11)',
        }))}
        onChange={(urgencyRoute) => change({ urgencyRoute })}
      />
      {draft.urgencyRoute === 'none' ? null : (
        <>
          <TextField
            label={draft.urgencyRoute === 'general exception' ? 'Scrutiny chair told' : 'Agreed by'}
            value={draft.routeAgreedBy}
            onChange={(routeAgreedBy) => change({ routeAgreedBy })}
          />
          <TextField
            label={
              draft.urgencyRoute === 'general exception'
                ? 'General exception notice published on'
                : 'Agreed on'
            }
            type="date"
            value={draft.routeNoticeOn ?? ''}
            onChange={(routeNoticeOn) => change({ routeNoticeOn: optional(routeNoticeOn) })}
          />
          <TextField
            label="Reasons the notice period could not be met"
            value={draft.routeReasons}
            multiline
            onChange={(routeReasons) => change({ routeReasons })}
          />
        </>
      )}
      {onCancel ? (
        <SelectField
          label="Status"
          value={draft.status}
          options={keyDecisionStatuses.map((status) => ({ value: status, label: capitalise(status) }))}
          onChange={(status) => change({ status })}
        />
      ) : null}
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
