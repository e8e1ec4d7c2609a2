// Call-ins of one decision: recording one (by whom, when, within the call-in period) and its outcome.
import { useState } from 'react';
import { capitalise, formatLongDate } from '../../shared/format';
import {
  callInOutcomes,
  type CallInOutcome,
  type CallInRecord,
  type DecisionNoticeEntry,
} from '../../shared/statutory';
import { api } from '../api/client';
import { SelectField, TextField } from '../components/Field';
import { today } from '../deadlines/today';
import { useAppStore } from '../state/store';

export function CallInPanel({
  entry,
  name,
  onChanged,
}: {
  entry: DecisionNoticeEntry;
  name: string;
  onChanged: () => void;
}) {
  const perform = useAppStore((state) => state.perform);
  const [calledInBy, setCalledInBy] = useState('');
  const [calledInOn, setCalledInOn] = useState(today());
  const [notes, setNotes] = useState('');
  const callIns = entry.notice?.callIns ?? [];
  const pending = callIns.some((callIn) => callIn.outcome === 'pending');
  return (
    <section aria-label={`Call-in of ${name}`}>
      <h3>Call-in</h3>
      {callIns.length ? (
        <ul>
          {callIns.map((callIn) => (
            <CallInOutcomeForm
              key={`${callIn.id}-${callIn.outcome}`}
              callIn={callIn}
              name={name}
              onChanged={onChanged}
            />
          ))}
        </ul>
      ) : null}
      {!pending && entry.status.state === 'open to call-in' ? (
        <form
          className="inline-form"
          aria-label={`Record a call-in of ${name}`}
          onSubmit={(event) => {
            event.preventDefault();
            void perform(
              () =>
                api.call('callIns.record', { decisionId: entry.decision.id, calledInBy, calledInOn, notes }),
              `Call-in of ${name} recorded.`,
            ).then((recorded) => recorded && onChanged());
          }}
        >
          <TextField label={`Called in by (${name})`} value={calledInBy} required onChange={setCalledInBy} />
          <TextField
            label={`Called in on (${name})`}
            type="date"
            value={calledInOn}
            onChange={setCalledInOn}
          />
          <TextField label={`Notes (${name})`} value={notes} onChange={setNotes} />
          <div className="form-actions">
            <button type="submit">Record call-in</button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function CallInOutcomeForm({
  callIn,
  name,
  onChanged,
}: {
  callIn: CallInRecord;
  name: string;
  onChanged: () => void;
}) {
  const perform = useAppStore((state) => state.perform);
  const [outcome, setOutcome] = useState<CallInOutcome>(callIn.outcome);
  const [outcomeOn, setOutcomeOn] = useState(callIn.outcomeOn ?? today());
  return (
    <li data-testid="call-in">
      <p>
        Called in by {callIn.calledInBy} on {formatLongDate(callIn.calledInOn)}: {callIn.outcome}
        {callIn.outcomeOn ? ` (${formatLongDate(callIn.outcomeOn)})` : ''}.
        {callIn.notes ? ` ${callIn.notes}` : ''}
      </p>
      <form
        className="inline-form"
        aria-label={`Outcome of the call-in of ${name}`}
        onSubmit={(event) => {
          event.preventDefault();
          void perform(
            () =>
              api.call('callIns.update', {
                id: callIn.id,
                outcome,
                outcomeOn: outcome === 'pending' ? null : outcomeOn,
              }),
            `Outcome of the call-in of ${name} saved.`,
          ).then((saved) => saved && onChanged());
        }}
      >
        <SelectField
          label={`Outcome (${name})`}
          value={outcome}
          options={callInOutcomes.map((value) => ({ value, label: capitalise(value) }))}
          onChange={setOutcome}
        />
        {outcome === 'pending' ? null : (
          <TextField label={`Decided on (${name})`} type="date" value={outcomeOn} onChange={setOutcomeOn} />
        )}
        <div className="form-actions">
          <button type="submit">Save outcome</button>
        </div>
      </form>
    </li>
  );
}
