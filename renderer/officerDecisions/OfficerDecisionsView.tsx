// The register of officer decisions: each record (delegated or executive), a form for a new one,
// each record as Word, and the register for a period as Word.
import { useCallback, useEffect, useState } from 'react';
import { addDays } from '../../shared/calendar';
import type { Edition } from '../../shared/meetingRecord';
import type { OfficerDecisionEntry } from '../../shared/statutory';
import { api } from '../api/client';
import { saveStatutoryDocument, type StatutoryExportRequest } from '../api/saveDocument';
import { TextField } from '../components/Field';
import { ViewHeading } from '../components/ViewHeading';
import { today } from '../deadlines/today';
import { useAppStore } from '../state/store';
import { OfficerDecisionForm, blankOfficerDecision } from './OfficerDecisionForm';
import { OfficerDecisionRow } from './OfficerDecisionRow';

export function OfficerDecisionsView() {
  const people = useAppStore((state) => state.people);
  const perform = useAppStore((state) => state.perform);
  const announce = useAppStore((state) => state.announce);
  const officers = people.filter((person) => person.kind === 'officer');
  const [entries, setEntries] = useState<OfficerDecisionEntry[] | null>(null);
  const [from, setFrom] = useState(addDays(today(), -90));
  const [to, setTo] = useState(today());
  const reload = useCallback(() => void api.call('officerDecisions.list', {}).then(setEntries), []);
  useEffect(reload, [reload]);
  const save = (request: StatutoryExportRequest) =>
    void perform(
      () => saveStatutoryDocument(request),
      (message) => message ?? 'Not saved.',
    ).then((message) => message === null && announce('Not saved.'));
  const register = (edition: Edition) => save({ kind: 'officer register', from, to, edition });
  return (
    <section className="officer-decisions">
      <ViewHeading focusKey="officer-decisions">Officer decisions</ViewHeading>
      <p className="hint">
        Decisions taken by officers under delegated powers (Openness of Local Government Bodies Regulations
        2014, regulation 7) or taking executive decisions (2012 Regulations, regulation 13), with their
        reasons, the alternatives rejected, who was consulted, interests and dispensations, and the day each
        was published.
      </p>
      <form
        className="inline-form"
        aria-label="Register as Word"
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField label="Register from" type="date" value={from} onChange={setFrom} />
        <TextField label="Register to" type="date" value={to} onChange={setTo} />
        <div className="form-actions">
          <button type="button" onClick={() => register('public')}>
            Register (public)
          </button>
          <button type="button" onClick={() => register('confidential')}>
            Register (confidential)
          </button>
        </div>
      </form>
      <h2 id="register-heading">Records</h2>
      {entries === null ? <p>Opening the register…</p> : null}
      {entries?.length === 0 ? <p>No officer decisions recorded yet.</p> : null}
      <ul className="register-list" aria-labelledby="register-heading">
        {(entries ?? []).map((entry) => (
          <OfficerDecisionRow
            key={`${entry.id}-${entry.version}`}
            entry={entry}
            officers={officers}
            onChanged={reload}
            onSave={(edition) => save({ kind: 'officer decision', id: entry.id, edition })}
          />
        ))}
      </ul>
      <h2>Record an officer decision</h2>
      <OfficerDecisionForm
        officers={officers}
        initial={blankOfficerDecision()}
        submitLabel="Add officer decision"
        onSubmit={async (draft) => {
          const created = await perform(
            () => api.call('officerDecisions.create', draft),
            (record) => `Officer decision recorded: ${record.title}.`,
          );
          reload();
          return created !== undefined;
        }}
      />
    </section>
  );
}
