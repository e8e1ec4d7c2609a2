// The notice of key decisions (forward plan) of an executive body: its entries with the notice each
// has had (warned when short of 28 clear days), a form for a new one, and the notice for a period as
// Word.
import { useCallback, useEffect, useState } from 'react';
import { addDays } from '../../shared/calendar';
import { formatLongDate } from '../../shared/format';
import type { KeyDecisionEntry } from '../../shared/statutory';
import { api } from '../api/client';
import { saveStatutoryDocument } from '../api/saveDocument';
import { TextField } from '../components/Field';
import { ViewHeading } from '../components/ViewHeading';
import { today } from '../deadlines/today';
import { href } from '../state/route';
import { useAppStore } from '../state/store';
import { KeyDecisionEntryView } from './KeyDecisionEntryView';
import { KeyDecisionForm, blankKeyDecision } from './KeyDecisionForm';

export function ForwardPlanView() {
  const detail = useAppStore((state) => state.committee);
  const perform = useAppStore((state) => state.perform);
  const announce = useAppStore((state) => state.announce);
  const [entries, setEntries] = useState<KeyDecisionEntry[] | null>(null);
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(addDays(today(), 120));
  const committeeId = detail?.committee.id;
  const reload = useCallback(() => {
    if (committeeId) void api.call('keyDecisions.list', { committeeId }).then(setEntries);
  }, [committeeId]);
  useEffect(reload, [reload]);
  if (!detail) return null;
  const { committee } = detail;
  return (
    <section className="forward-plan">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={href({ screen: 'committee', id: committee.id })}>{committee.name}</a>
      </nav>
      <ViewHeading focusKey={`plan-${committee.id}`}>Notice of key decisions: {committee.name}</ViewHeading>
      <p className="hint">
        A key decision must be in this notice 28 clear days before it is made (2012 Regulations, regulation
        9); when that is impossible, use the general exception (regulation 10) or special urgency (regulation
        11). A decision to be taken in private needs its Schedule 12A paragraph and the reasons.
      </p>
      <form
        className="inline-form"
        aria-label="Notice of key decisions as Word"
        onSubmit={(event) => {
          event.preventDefault();
          void perform(
            () => saveStatutoryDocument({ kind: 'key decisions', committeeId: committee.id, from, to }),
            (message) => message ?? 'Not saved.',
          ).then((message) => message === null && announce('Not saved.'));
        }}
      >
        <TextField label="Decisions from" type="date" value={from} onChange={setFrom} />
        <TextField label="Decisions to" type="date" value={to} onChange={setTo} />
        <div className="form-actions">
          <button type="submit">Save notice of key decisions as Word</button>
        </div>
      </form>
      <h2 id="plan-heading">Key decisions</h2>
      {entries === null ? <p>Opening the notice…</p> : null}
      {entries?.length === 0 ? <p>No key decisions yet.</p> : null}
      <ul className="plan-list" aria-labelledby="plan-heading">
        {(entries ?? []).map((entry) => (
          <KeyDecisionEntryView
            key={`${entry.id}-${entry.version}`}
            detail={detail}
            entry={entry}
            onChanged={reload}
          />
        ))}
      </ul>
      <h2>Add a key decision</h2>
      <KeyDecisionForm
        detail={detail}
        initial={blankKeyDecision(committee.name)}
        submitLabel="Add key decision"
        onSubmit={async (draft) => {
          const created = await perform(
            () => api.call('keyDecisions.create', { committeeId: committee.id, ...draft }),
            (entry) =>
              `Key decision added: ${entry.matter}, to be decided ${formatLongDate(entry.decisionDate)}.`,
          );
          reload();
          return created !== undefined;
        }}
      />
    </section>
  );
}
