// The decisions register: every decision across meetings, newest first, filtered by committee,
// keyword, dates and words, in its public edition (an exempt item's decisions by their publishable
// wording only) or its confidential one, and saved as Word or CSV with the same filters.
import { useEffect, useRef, useState } from 'react';
import type { MethodInput, RegisterFormat } from '../../shared/api';
import type { DecisionRegister, RegisterEntry } from '../../shared/decisionRegister';
import { decisionKeywords, type DecisionKeyword } from '../../shared/decisions';
import { qualifierText } from '../../shared/document/decisions';
import { formatLongDate } from '../../shared/format';
import { api } from '../api/client';
import { saveRegister } from '../api/saveDocument';
import { SelectField, TextField, CommitteeFilterField } from '../components/Field';
import { ViewHeading } from '../components/ViewHeading';
import { searchTarget, useReveal } from '../search/reveal';
import { href } from '../state/route';
import { useAppStore } from '../state/store';

type Filters = Required<Omit<MethodInput<'decisionRegister.list'>, 'committeeIds' | 'keywords' | 'limit'>> & {
  committeeId: string;
  keyword: DecisionKeyword | '';
};

/** The screen shows the newest this many; the saved register holds every one. */
const SHOWN = 500;

const initial: Filters = { committeeId: '', keyword: '', from: '', to: '', text: '', edition: 'public' };
/** Kept while the app is open, so coming back to the register finds it as it was left. */
let remembered = initial;

const requestOf = (filters: Filters) => ({
  ...(filters.committeeId ? { committeeIds: [filters.committeeId] } : {}),
  ...(filters.keyword ? { keywords: [filters.keyword] } : {}),
  ...(filters.from ? { from: filters.from } : {}),
  ...(filters.to ? { to: filters.to } : {}),
  ...(filters.text.trim() ? { text: filters.text } : {}),
  edition: filters.edition,
});

export function DecisionRegisterView() {
  const committees = useAppStore((state) => state.committees);
  const perform = useAppStore((state) => state.perform);
  const announce = useAppStore((state) => state.announce);
  const [filters, setFilters] = useState<Filters>(remembered);
  const [register, setRegister] = useState<DecisionRegister | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(0);
  const key = JSON.stringify(requestOf(filters));

  useEffect(() => {
    remembered = filters;
  }, [filters]);
  // Words are looked up a moment after typing stops; an answer to filters since changed is ignored.
  useEffect(() => {
    const mine = (latest.current += 1);
    const timer = setTimeout(() => {
      api.call('decisionRegister.list', { ...(JSON.parse(key) as object), limit: SHOWN }).then(
        (answer) => {
          if (mine !== latest.current) return;
          setRegister(answer);
          setProblem(null);
        },
        (error: unknown) => {
          if (mine === latest.current) setProblem(error instanceof Error ? error.message : String(error));
        },
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [key]);

  const set = <K extends keyof Filters>(name: K, value: Filters[K]) =>
    setFilters((current) => ({ ...current, [name]: value }));
  const save = (format: RegisterFormat) =>
    void perform(
      () => saveRegister({ ...requestOf(filters), format }),
      (message) => message ?? 'Not saved.',
    ).then((message) => message === null && announce('Not saved.'));
  const entries = register?.entries ?? [];

  return (
    <section className="decision-register">
      <ViewHeading focusKey="decisions">Decisions register</ViewHeading>
      <p className="summary">Every decision recorded, newest meeting first.</p>
      <form
        className="register-filters"
        aria-label="Filter the register"
        onSubmit={(e) => e.preventDefault()}
      >
        <CommitteeFilterField
          committees={committees}
          value={filters.committeeId}
          onChange={(value) => set('committeeId', value)}
        />
        <SelectField<DecisionKeyword | ''>
          label="Keyword"
          value={filters.keyword}
          options={[
            { value: '', label: 'Any keyword' },
            ...decisionKeywords.map((keyword) => ({ value: keyword, label: keyword })),
          ]}
          onChange={(value) => set('keyword', value)}
        />
        <TextField label="From" type="date" value={filters.from} onChange={(value) => set('from', value)} />
        <TextField label="To" type="date" value={filters.to} onChange={(value) => set('to', value)} />
        <TextField
          label="Words in the decision"
          value={filters.text}
          onChange={(value) => set('text', value)}
          hint="As in the search box: all the words, “a phrase”, -leave-out, begin*."
        />
        <SelectField<'public' | 'confidential'>
          label="Edition"
          value={filters.edition}
          options={[
            { value: 'public', label: 'Public: exempt items by their publishable wording only' },
            { value: 'confidential', label: 'Confidential: everything (not for publication)' },
          ]}
          onChange={(value) => set('edition', value)}
        />
      </form>
      <div className="button-row">
        <button type="button" onClick={() => save('docx')}>
          Save as Word ({filters.edition})
        </button>
        <button type="button" onClick={() => save('csv')}>
          Save as CSV ({filters.edition})
        </button>
      </div>
      <p role="status" aria-live="polite" className="register-count">
        {problem ??
          (register
            ? register.total === entries.length
              ? `${count(register.total)}.`
              : `The newest ${entries.length.toLocaleString('en-GB')} of ${count(register.total)}; the saved register has them all.`
            : 'Reading the register…')}
      </p>
      {entries.length ? <RegisterTable entries={entries} edition={register!.edition} /> : null}
    </section>
  );
}

const count = (n: number) =>
  n === 0 ? 'No decisions match' : n === 1 ? 'One decision' : `${n.toLocaleString('en-GB')} decisions`;

function RegisterTable({
  entries,
  edition,
}: {
  entries: RegisterEntry[];
  edition: 'public' | 'confidential';
}) {
  return (
    <table className="register-table">
      <caption className="visually-hidden">Decisions, newest meeting first ({edition} edition)</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Committee</th>
          <th scope="col">Minute</th>
          <th scope="col">Decision</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.decisionId} className={entry.exemptParagraph !== null ? 'exempt' : undefined}>
            <td>{formatLongDate(entry.date)}</td>
            <td>{entry.committee}</td>
            <td>{entry.minuteNumber}</td>
            <td>
              <a
                href={href({ screen: 'item', id: entry.itemId })}
                onClick={() =>
                  useReveal
                    .getState()
                    .show({ kind: 'element', target: searchTarget('decision', entry.decisionId) })
                }
              >
                {entry.itemTitle}
              </a>
              {entry.exemptParagraph !== null ? (
                <span className="badge badge-exempt">
                  {edition === 'public' ? 'Exempt: publishable wording only' : 'Exempt: not for publication'}
                </span>
              ) : null}
              <p className="register-wording">
                {entry.withheld ? null : (
                  <strong>
                    {entry.keyword}
                    {qualifierText(entry.qualifier)}{' '}
                  </strong>
                )}
                {entry.wording}
              </p>
              {entry.vote ? <p className="register-vote">{entry.vote}</p> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
